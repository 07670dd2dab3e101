package main

import (
	"bufio"
	"fmt"
	"sort"
	"strings"
)

const input = `apple app application apply ape banana band bandana ban bank
can candy cane canal`

type node struct {
	children map[rune]*node
	end      bool
	count    int
}

type Trie struct{ root *node }

func newNode() *node { return &node{children: map[rune]*node{}} }

func (t *Trie) Insert(w string) {
	n := t.root
	for _, r := range w {
		c, ok := n.children[r]
		if !ok {
			c = newNode()
			n.children[r] = c
		}
		c.count++
		n = c
	}
	n.end = true
}

func (t *Trie) find(prefix string) *node {
	n := t.root
	for _, r := range prefix {
		if n = n.children[r]; n == nil {
			return nil
		}
	}
	return n
}

func (t *Trie) WithPrefix(prefix string) []string {
	var out []string
	var dfs func(n *node, cur []rune)
	dfs = func(n *node, cur []rune) {
		if n.end {
			out = append(out, string(cur))
		}
		keys := make([]rune, 0, len(n.children))
		for r := range n.children {
			keys = append(keys, r)
		}
		sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
		for _, r := range keys {
			dfs(n.children[r], append(cur, r))
		}
	}
	if n := t.find(prefix); n != nil {
		dfs(n, []rune(prefix))
	}
	return out
}

func (t *Trie) ShortestUnique(w string) string {
	n := t.root
	for i, r := range w {
		n = n.children[r]
		if n.count == 1 {
			return w[:i+1]
		}
	}
	return w
}

func main() {
	t := &Trie{root: newNode()}
	sc := bufio.NewScanner(strings.NewReader(input))
	sc.Split(bufio.ScanWords)
	var words []string
	for sc.Scan() {
		words = append(words, sc.Text())
		t.Insert(sc.Text())
	}
	for _, p := range []string{"app", "ban", "ca", "x", ""} {
		res := t.WithPrefix(p)
		if len(res) > 5 {
			res = append(res[:5], "...")
		}
		fmt.Printf("%q: %v\n", p, res)
	}
	for _, w := range words[:6] {
		fmt.Print(t.ShortestUnique(w), " ")
	}
	fmt.Println()
	fmt.Println("count under 'ban':", t.find("ban").count)
}

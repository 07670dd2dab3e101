package main

import (
	"fmt"
	"sort"
	"strings"
)

type node struct {
	children map[rune]*node
	count    int
	terminal bool
}

type Trie struct {
	root  *node
	words int
}

func NewTrie(words ...string) *Trie {
	t := &Trie{root: &node{children: map[rune]*node{}}}
	for _, w := range words {
		t.Insert(w)
	}
	return t
}

func (t *Trie) Insert(w string) {
	n := t.root
	for _, r := range strings.ToLower(w) {
		c, ok := n.children[r]
		if !ok {
			c = &node{children: map[rune]*node{}}
			n.children[r] = c
		}
		n = c
	}
	if !n.terminal {
		t.words++
	}
	n.terminal = true
	n.count++
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

type Suggestion struct {
	Word  string
	Count int
}

func (t *Trie) Complete(prefix string, k int) []Suggestion {
	var out []Suggestion
	var walk func(n *node, buf []rune)
	walk = func(n *node, buf []rune) {
		if n.terminal {
			out = append(out, Suggestion{string(buf), n.count})
		}
		keys := make([]rune, 0, len(n.children))
		for r := range n.children {
			keys = append(keys, r)
		}
		sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
		for _, r := range keys {
			walk(n.children[r], append(buf, r))
		}
	}
	if n := t.find(prefix); n != nil {
		walk(n, []rune(prefix))
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Count > out[j].Count })
	if len(out) > k {
		out = out[:k]
	}
	return out
}

func (t *Trie) Delete(w string) bool {
	var rec func(n *node, rs []rune) (bool, bool)
	rec = func(n *node, rs []rune) (found, prune bool) {
		if len(rs) == 0 {
			if !n.terminal {
				return false, false
			}
			n.terminal, n.count = false, 0
			return true, len(n.children) == 0
		}
		c := n.children[rs[0]]
		if c == nil {
			return false, false
		}
		found, prune = rec(c, rs[1:])
		if prune {
			delete(n.children, rs[0])
		}
		return found, found && !n.terminal && len(n.children) == 0
	}
	found, _ := rec(t.root, []rune(w))
	if found {
		t.words--
	}
	return found
}

func main() {
	text := "go gopher golang good goal go gone gopher go goroutine gold golf golang go über übung"
	t := NewTrie(strings.Fields(text)...)
	fmt.Println("words:", t.words)
	for _, p := range []string{"go", "gol", "gop", "x", "üb", ""} {
		fmt.Printf("%-4q %v\n", p, t.Complete(p, 4))
	}
	fmt.Println(t.Delete("gopher"), t.Delete("gopher"), t.Delete("gol"), t.words)
	fmt.Println(t.Complete("gop", 3), len(t.find("go").children))
}

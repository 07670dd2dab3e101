package main

import (
	"fmt"
	"sort"
	"strings"
)

type Node struct {
	children map[rune]*Node
	word     bool
	count    int
}

type Trie struct{ root Node }

func (t *Trie) Insert(w string) {
	n := &t.root
	for _, r := range w {
		if n.children == nil {
			n.children = map[rune]*Node{}
		}
		c, ok := n.children[r]
		if !ok {
			c = &Node{}
			n.children[r] = c
		}
		c.count++
		n = c
	}
	n.word = true
}

func (t *Trie) WithPrefix(p string) []string {
	n := &t.root
	for _, r := range p {
		if n = n.children[r]; n == nil {
			return nil
		}
	}
	var out []string
	var walk func(*Node, []rune)
	walk = func(n *Node, acc []rune) {
		if n.word {
			out = append(out, string(acc))
		}
		keys := make([]rune, 0, len(n.children))
		for k := range n.children {
			keys = append(keys, k)
		}
		sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
		for _, k := range keys {
			walk(n.children[k], append(acc, k))
		}
	}
	walk(n, []rune(p))
	return out
}

func edit(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur := make([]int, len(rb)+1)
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev = cur
	}
	return prev[len(rb)]
}

func main() {
	var t Trie
	dict := strings.Fields("castle cast caste cat catapult knight king kingdom keep moat mote dragon drag")
	for _, w := range dict {
		t.Insert(w)
	}
	for _, p := range []string{"cas", "king", "m", "x", ""} {
		res := t.WithPrefix(p)
		fmt.Printf("%-5q %d %v\n", p, len(res), res)
	}
	for _, typo := range []string{"kigndom", "dragn", "catle", "moot"} {
		best, bd := "", 1<<30
		for _, w := range dict {
			if d := edit(typo, w); d < bd || (d == bd && w < best) {
				best, bd = w, d
			}
		}
		fmt.Printf("%s -> %s (%d)\n", typo, best, bd)
	}
	fmt.Println(t.root.children['c'].count, t.root.children['k'].children['i'].count)
}

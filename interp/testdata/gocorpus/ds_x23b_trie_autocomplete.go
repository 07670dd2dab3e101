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
	root *node
	size int
}

func NewTrie() *Trie { return &Trie{root: &node{children: map[rune]*node{}}} }

func (t *Trie) Insert(word string) {
	n := t.root
	for _, r := range strings.ToLower(word) {
		c, ok := n.children[r]
		if !ok {
			c = &node{children: map[rune]*node{}}
			n.children[r] = c
		}
		c.count++
		n = c
	}
	if !n.terminal {
		t.size++
	}
	n.terminal = true
}

func (t *Trie) walk(n *node, prefix []rune, out *[]string) {
	if n.terminal {
		*out = append(*out, string(prefix))
	}
	keys := make([]rune, 0, len(n.children))
	for r := range n.children {
		keys = append(keys, r)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	for _, r := range keys {
		t.walk(n.children[r], append(prefix, r), out)
	}
}

func (t *Trie) Complete(prefix string, limit int) []string {
	n := t.root
	for _, r := range prefix {
		if n = n.children[r]; n == nil {
			return nil
		}
	}
	var out []string
	t.walk(n, []rune(prefix), &out)
	if len(out) > limit {
		out = out[:limit]
	}
	return out
}

func (t *Trie) PrefixCount(p string) int {
	n := t.root
	for _, r := range p {
		if n = n.children[r]; n == nil {
			return 0
		}
	}
	return n.count
}

func main() {
	t := NewTrie()
	for _, w := range strings.Fields("invoice invoices inventory invest investor in ink Ink java javascript jar über übung") {
		t.Insert(w)
	}
	fmt.Println("size", t.size)
	for _, p := range []string{"inv", "in", "ja", "ü", "x", ""} {
		fmt.Printf("%q -> %v (%d)\n", p, t.Complete(p, 4), t.PrefixCount(p))
	}
}

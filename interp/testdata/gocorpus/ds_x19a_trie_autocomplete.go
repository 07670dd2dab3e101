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
		n = c
	}
	if !n.terminal {
		t.size++
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

type suggestion struct {
	word  string
	count int
}

func (t *Trie) Complete(prefix string, limit int) []suggestion {
	n := t.find(prefix)
	if n == nil {
		return nil
	}
	var out []suggestion
	var walk func(*node, []rune)
	walk = func(n *node, acc []rune) {
		if n.terminal {
			out = append(out, suggestion{string(acc), n.count})
		}
		keys := make([]rune, 0, len(n.children))
		for r := range n.children {
			keys = append(keys, r)
		}
		sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
		for _, r := range keys {
			walk(n.children[r], append(acc, r))
		}
	}
	walk(n, []rune(prefix))
	sort.SliceStable(out, func(i, j int) bool { return out[i].count > out[j].count })
	if len(out) > limit {
		out = out[:limit]
	}
	return out
}

func main() {
	t := NewTrie()
	text := "go gopher golang good goose gopher go go golang gone garden grape Go über übel"
	for _, w := range strings.Fields(text) {
		t.Insert(w)
	}
	fmt.Println("size", t.size)
	for _, p := range []string{"go", "gop", "g", "gr", "x", "üb", ""} {
		fmt.Printf("%q: %v\n", p, t.Complete(p, 4))
	}
	fmt.Println(t.find("gol") != nil, t.find("gol").terminal, len(t.root.children))
}

package main

import (
	"fmt"
	"sort"
	"strings"
)

type node struct {
	children map[rune]*node
	terminal bool
	count    int
}

func newNode() *node { return &node{children: map[rune]*node{}} }

type Trie struct {
	root  *node
	words int
}

func NewTrie() *Trie { return &Trie{root: newNode()} }

func (t *Trie) Insert(w string) {
	n := t.root
	for _, r := range w {
		child, ok := n.children[r]
		if !ok {
			child = newNode()
			n.children[r] = child
		}
		child.count++
		n = child
	}
	if !n.terminal {
		t.words++
	}
	n.terminal = true
}

func (t *Trie) find(prefix string) *node {
	n := t.root
	for _, r := range prefix {
		var ok bool
		if n, ok = n.children[r]; !ok {
			return nil
		}
	}
	return n
}

func (t *Trie) WithPrefix(prefix string) []string {
	n := t.find(prefix)
	if n == nil {
		return nil
	}
	var out []string
	var walk func(n *node, acc []rune)
	walk = func(n *node, acc []rune) {
		if n.terminal {
			out = append(out, string(acc))
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
	return out
}

func (t *Trie) CountPrefix(p string) int {
	if n := t.find(p); n != nil {
		return n.count
	}
	return 0
}

func main() {
	t := NewTrie()
	reads := "ACGT ACGA ACG TTGA TTGC ACGT GGA GATTACA GAT"
	for _, w := range strings.Fields(reads) {
		t.Insert(w)
	}
	fmt.Println("distinct words:", t.words)
	for _, p := range []string{"AC", "TTG", "GA", "G", "C", ""} {
		fmt.Printf("%-4q count=%d words=%v\n", p, t.CountPrefix(p), t.WithPrefix(p))
	}
	fmt.Printf("%T %v\n", t.root.children['A'], t.find("ACGT").terminal)
}

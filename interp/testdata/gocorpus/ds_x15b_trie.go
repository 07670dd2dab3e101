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

func NewTrie() *Trie { return &Trie{root: &node{children: map[rune]*node{}}} }

func (t *Trie) Insert(w string) {
	n := t.root
	for _, r := range w {
		c, ok := n.children[r]
		if !ok {
			c = &node{children: map[rune]*node{}}
			n.children[r] = c
		}
		c.count++
		n = c
	}
	if !n.terminal {
		t.words++
	}
	n.terminal = true
}

func (t *Trie) find(prefix string) *node {
	n := t.root
	for _, r := range prefix {
		n = n.children[r]
		if n == nil {
			return nil
		}
	}
	return n
}

func (t *Trie) Complete(prefix string, limit int) []string {
	var out []string
	var walk func(n *node, acc []rune)
	walk = func(n *node, acc []rune) {
		if len(out) >= limit {
			return
		}
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
	if n := t.find(prefix); n != nil {
		walk(n, []rune(prefix))
	}
	return out
}

func (t *Trie) CountPrefix(p string) int {
	if n := t.find(p); n != nil {
		if p == "" {
			return t.words
		}
		return n.count
	}
	return 0
}

func main() {
	t := NewTrie()
	for _, w := range strings.Fields("car card care careful cart cat catalog dog dodge door do día días car") {
		t.Insert(w)
	}
	fmt.Println("words:", t.words)
	for _, p := range []string{"car", "ca", "do", "dí", "x", ""} {
		fmt.Printf("%-4q %2d %v\n", p, t.CountPrefix(p), t.Complete(p, 4))
	}
}

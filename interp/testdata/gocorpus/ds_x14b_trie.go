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

type Trie struct {
	root *node
	size int
}

func NewTrie() *Trie { return &Trie{root: &node{children: map[rune]*node{}}} }

func (t *Trie) Insert(w string) bool {
	n := t.root
	for _, r := range w {
		child, ok := n.children[r]
		if !ok {
			child = &node{children: map[rune]*node{}}
			n.children[r] = child
		}
		child.count++
		n = child
	}
	if n.terminal {
		return false
	}
	n.terminal = true
	t.size++
	return true
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
	var walk func(*node, []rune)
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
	if n := t.find(prefix); n != nil {
		walk(n, []rune(prefix))
	}
	return out
}

func main() {
	t := NewTrie()
	for _, w := range strings.Fields("tensor tensorflow tense ten gradient grad graph gopher go goroutine ten über übung") {
		if !t.Insert(w) {
			fmt.Println("dup:", w)
		}
	}
	fmt.Println("size", t.size)
	for _, p := range []string{"ten", "gr", "go", "ü", "x", ""} {
		fmt.Printf("%q -> %v\n", p, t.WithPrefix(p))
	}
	if n := t.find("te"); n != nil {
		fmt.Println("words through 'te':", n.count)
	}
}

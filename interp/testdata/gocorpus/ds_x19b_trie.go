package main

import (
	"fmt"
	"sort"
	"strings"
)

type Trie struct {
	children map[rune]*Trie
	end      bool
	count    int
}

func NewTrie() *Trie { return &Trie{children: map[rune]*Trie{}} }

func (t *Trie) Insert(word string) {
	node := t
	for _, r := range word {
		child, ok := node.children[r]
		if !ok {
			child = NewTrie()
			node.children[r] = child
		}
		child.count++
		node = child
	}
	node.end = true
}

func (t *Trie) find(prefix string) *Trie {
	node := t
	for _, r := range prefix {
		next, ok := node.children[r]
		if !ok {
			return nil
		}
		node = next
	}
	return node
}

func (t *Trie) Contains(w string) bool {
	n := t.find(w)
	return n != nil && n.end
}

func (t *Trie) WithPrefix(prefix string) []string {
	var out []string
	var walk func(n *Trie, acc []rune)
	walk = func(n *Trie, acc []rune) {
		if n.end {
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
		return n.count
	}
	return 0
}

func main() {
	t := NewTrie()
	for _, w := range strings.Fields("car cart carbon care cat dog dot dove über übel") {
		t.Insert(w)
	}
	fmt.Println(t.Contains("car"), t.Contains("ca"), t.Contains("dove"), t.Contains("doves"))
	fmt.Println(t.WithPrefix("car"))
	fmt.Println(t.WithPrefix("do"))
	fmt.Println(t.WithPrefix("üb"), t.WithPrefix("x"), t.WithPrefix("x") == nil)
	fmt.Println(t.CountPrefix("ca"), t.CountPrefix("d"), t.CountPrefix(""))
	fmt.Println(len(t.WithPrefix("")))
}

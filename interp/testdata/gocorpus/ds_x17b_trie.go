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
	n := t
	for _, r := range word {
		child, ok := n.children[r]
		if !ok {
			child = NewTrie()
			n.children[r] = child
		}
		child.count++
		n = child
	}
	n.end = true
}

func (t *Trie) find(prefix string) *Trie {
	n := t
	for _, r := range prefix {
		var ok bool
		if n, ok = n.children[r]; !ok {
			return nil
		}
	}
	return n
}

func (t *Trie) Contains(w string) bool {
	n := t.find(w)
	return n != nil && n.end
}

func (t *Trie) WithPrefix(prefix string) []string {
	n := t.find(prefix)
	if n == nil {
		return nil
	}
	var out []string
	var walk func(*Trie, []rune)
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
	for _, w := range strings.Fields("go gopher golang gone good god goat gö car cart care") {
		t.Insert(w)
	}
	fmt.Println(t.WithPrefix("go"))
	fmt.Println(t.WithPrefix("car"), t.WithPrefix("x") == nil)
	fmt.Println(t.Contains("gop"), t.Contains("gopher"), t.Contains("gö"))
	fmt.Println(t.CountPrefix("go"), t.CountPrefix("ca"), t.CountPrefix(""))
	fmt.Println(len(t.children), t.find("g").count)
}

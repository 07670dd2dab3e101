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
		n.count++
		child, ok := n.children[r]
		if !ok {
			child = NewTrie()
			n.children[r] = child
		}
		n = child
	}
	n.count++
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

func (t *Trie) Complete(prefix string, limit int) []string {
	n := t.find(prefix)
	if n == nil {
		return nil
	}
	var out []string
	var walk func(*Trie, []rune)
	walk = func(n *Trie, path []rune) {
		if len(out) >= limit {
			return
		}
		if n.end {
			out = append(out, string(path))
		}
		keys := make([]rune, 0, len(n.children))
		for r := range n.children {
			keys = append(keys, r)
		}
		sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
		for _, r := range keys {
			walk(n.children[r], append(path, r))
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
	words := strings.Fields(`car card care careful cart carbon cat catalog dog dodge door
		dorm zebra zero zest über übung`)
	for _, w := range words {
		t.Insert(w)
	}
	for _, p := range []string{"car", "ca", "do", "z", "ü", "x", ""} {
		fmt.Printf("%-4q count=%2d -> %v\n", p, t.CountPrefix(p), t.Complete(p, 4))
	}
	fmt.Println(len(t.children), t.find("care").end, t.find("carb") != nil, t.find("cab") == nil)
}

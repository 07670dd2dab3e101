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
		next, ok := node.children[r]
		if !ok {
			next = NewTrie()
			node.children[r] = next
		}
		next.count++
		node = next
	}
	node.end = true
}

func (t *Trie) find(prefix string) *Trie {
	node := t
	for _, r := range prefix {
		var ok bool
		if node, ok = node.children[r]; !ok {
			return nil
		}
	}
	return node
}

func (t *Trie) Complete(prefix string, limit int) []string {
	node := t.find(prefix)
	if node == nil {
		return nil
	}
	var out []string
	var walk func(n *Trie, path []rune)
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
	walk(node, []rune(prefix))
	return out
}

func (t *Trie) CountPrefix(p string) int {
	if n := t.find(p); n != nil {
		return n.count
	}
	return 0
}

func (t *Trie) Dump(indent int, sb *strings.Builder) {
	keys := make([]rune, 0)
	for r := range t.children {
		keys = append(keys, r)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	for _, r := range keys {
		c := t.children[r]
		mark := ""
		if c.end {
			mark = "*"
		}
		fmt.Fprintf(sb, "%s%c%s(%d)\n", strings.Repeat(" ", indent), r, mark, c.count)
		c.Dump(indent+1, sb)
	}
}

func main() {
	t := NewTrie()
	for _, w := range strings.Fields("go gopher golang goroutine good gone car card care careful cat über über") {
		t.Insert(w)
	}
	for _, p := range []string{"go", "gor", "car", "ca", "x", "ü", ""} {
		fmt.Printf("%-4q %d %v\n", p, t.CountPrefix(p), t.Complete(p, 4))
	}
	small := NewTrie()
	for _, w := range []string{"to", "tea", "ted", "ten", "i", "in", "inn"} {
		small.Insert(w)
	}
	var sb strings.Builder
	small.Dump(0, &sb)
	fmt.Print(sb.String())

	var nilSlice []string
	fmt.Println(t.Complete("zzz", 3) == nil, nilSlice == nil, len(t.Complete("", 100)))
}

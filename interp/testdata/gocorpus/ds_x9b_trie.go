// Exercises: trie with map children, insert/search/prefix count, a shared empty node for misses, collecting words in sorted order by recursion with a rune slice path.
package main

import (
	"fmt"
	"maps"
	"slices"
)

type trieNode struct {
	children map[rune]*trieNode
	end      bool
	count    int // words passing through this node
}

type Trie struct{ root *trieNode }

func NewTrie() *Trie { return &Trie{root: &trieNode{children: map[rune]*trieNode{}}} }

func (t *Trie) Insert(w string) {
	n := t.root
	for _, r := range w {
		if n.children[r] == nil {
			n.children[r] = &trieNode{children: map[rune]*trieNode{}}
		}
		n = n.children[r]
		n.count++
	}
	n.end = true
}

var missing = &trieNode{} // answers every lookup of an absent prefix: no nil checks

func (t *Trie) find(p string) *trieNode {
	n := t.root
	for _, r := range p {
		if n = n.children[r]; n == nil {
			return missing
		}
	}
	return n
}

func (t *Trie) Search(w string) bool     { return t.find(w).end }
func (t *Trie) CountPrefix(p string) int { return t.find(p).count }

func (t *Trie) WithPrefix(p string) []string {
	var out []string
	var walk func(n *trieNode, path []rune)
	walk = func(n *trieNode, path []rune) {
		if n.end {
			out = append(out, string(path))
		}
		for _, r := range slices.Sorted(maps.Keys(n.children)) {
			walk(n.children[r], append(path, r))
		}
	}
	walk(t.find(p), []rune(p))
	return out
}

func main() {
	t := NewTrie()
	for _, w := range []string{"car", "card", "care", "cat", "dog", "dot", "café"} {
		t.Insert(w)
	}
	fmt.Println(t.Search("car"), t.Search("ca"), t.Search("café"), t.Search("cards"))
	fmt.Println(t.CountPrefix("ca"), t.CountPrefix("do"), t.CountPrefix("x"))
	fmt.Println(t.WithPrefix("car"), t.WithPrefix("ca"), len(t.WithPrefix("")), t.WithPrefix("z") == nil)
}

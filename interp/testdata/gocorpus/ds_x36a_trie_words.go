package main

import (
	"fmt"
	"sort"
	"strings"
)

type TrieNode struct {
	children map[rune]*TrieNode
	end      bool
	count    int // words passing through
}

type Trie struct {
	root *TrieNode
}

func NewTrie() *Trie {
	return &Trie{root: &TrieNode{children: map[rune]*TrieNode{}}}
}

func (t *Trie) Insert(word string) {
	n := t.root
	for _, c := range word {
		next, ok := n.children[c]
		if !ok {
			next = &TrieNode{children: map[rune]*TrieNode{}}
			n.children[c] = next
		}
		next.count++
		n = next
	}
	n.end = true
}

func (t *Trie) find(prefix string) *TrieNode {
	n := t.root
	for _, c := range prefix {
		if n = n.children[c]; n == nil {
			return nil
		}
	}
	return n
}

func (t *Trie) Search(word string) bool {
	n := t.find(word)
	return n != nil && n.end
}

func (t *Trie) StartsWith(prefix string) bool { return t.find(prefix) != nil }

func (t *Trie) CountPrefix(prefix string) int {
	if n := t.find(prefix); n != nil {
		return n.count
	}
	return 0
}

// Suggest returns up to k words with the prefix, in lexicographic order.
func (t *Trie) Suggest(prefix string, k int) []string {
	n := t.find(prefix)
	if n == nil {
		return nil
	}
	var out []string
	var dfs func(*TrieNode, []rune)
	dfs = func(node *TrieNode, acc []rune) {
		if len(out) == k {
			return
		}
		if node.end {
			out = append(out, string(acc))
		}
		keys := make([]rune, 0, len(node.children))
		for r := range node.children {
			keys = append(keys, r)
		}
		sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
		for _, r := range keys {
			dfs(node.children[r], append(acc, r))
		}
	}
	dfs(n, []rune(prefix))
	return out
}

func main() {
	t := NewTrie()
	words := strings.Fields("apple app apply ape banana band bandana can candy cane")
	for _, w := range words {
		t.Insert(w)
	}
	for _, q := range []string{"app", "appl", "ban", "cane", "zebra"} {
		fmt.Printf("search(%q)=%t startsWith=%t count=%d\n", q, t.Search(q), t.StartsWith(q), t.CountPrefix(q))
	}
	for _, p := range []string{"ap", "ban", "ca", "x"} {
		fmt.Printf("suggest %s: %v\n", p, t.Suggest(p, 3))
	}
	fmt.Println(len(t.root.children), t.Suggest("", 20))
}

package main

import (
	"fmt"
	"slices"
	"strings"
)

type TrieNode struct {
	children map[rune]*TrieNode
	terminal bool
	count    int
}

type Trie struct {
	root  *TrieNode
	words int
}

func NewTrie() *Trie { return &Trie{root: &TrieNode{children: map[rune]*TrieNode{}}} }

func (t *Trie) Insert(word string) bool {
	n := t.root
	for _, r := range word {
		child, ok := n.children[r]
		if !ok {
			child = &TrieNode{children: map[rune]*TrieNode{}}
			n.children[r] = child
		}
		child.count++
		n = child
	}
	if n.terminal {
		return false
	}
	n.terminal = true
	t.words++
	return true
}

func (t *Trie) find(prefix string) *TrieNode {
	n := t.root
	for _, r := range prefix {
		n = n.children[r]
		if n == nil {
			return nil
		}
	}
	return n
}

func (t *Trie) Contains(w string) bool {
	n := t.find(w)
	return n != nil && n.terminal
}

func (t *Trie) CountPrefix(p string) int {
	if n := t.find(p); n != nil {
		return n.count
	}
	return 0
}

func (t *Trie) WithPrefix(p string) []string {
	var out []string
	var dfs func(n *TrieNode, buf []rune)
	dfs = func(n *TrieNode, buf []rune) {
		if n.terminal {
			out = append(out, string(buf))
		}
		keys := make([]rune, 0, len(n.children))
		for r := range n.children {
			keys = append(keys, r)
		}
		slices.Sort(keys)
		for _, r := range keys {
			dfs(n.children[r], append(buf, r))
		}
	}
	if n := t.find(p); n != nil {
		dfs(n, []rune(p))
	}
	return out
}

func (t *Trie) LongestCommonPrefix() string {
	var sb strings.Builder
	n := t.root
	for len(n.children) == 1 && !n.terminal {
		for r, c := range n.children {
			sb.WriteRune(r)
			n = c
		}
	}
	return sb.String()
}

func main() {
	t := NewTrie()
	words := []string{"car", "card", "care", "careful", "cart", "cat", "dog", "dot", "car", "über", "übel"}
	for _, w := range words {
		if !t.Insert(w) {
			fmt.Printf("duplicate: %q\n", w)
		}
	}
	fmt.Println("words:", t.words)
	for _, q := range []string{"car", "ca", "cards", "dot", "über"} {
		fmt.Printf("contains(%q)=%v prefixCount=%d\n", q, t.Contains(q), t.CountPrefix(q))
	}
	fmt.Println(t.WithPrefix("car"))
	fmt.Println(t.WithPrefix("do"))
	fmt.Printf("%q\n", t.WithPrefix("x"))
	fmt.Printf("%#v\n", t.WithPrefix("üb"))

	t2 := NewTrie()
	for _, w := range []string{"interview", "internet", "interval", "internal"} {
		t2.Insert(w)
	}
	fmt.Printf("LCP = %q\n", t2.LongestCommonPrefix())
}

package main

import (
	"fmt"
	"sort"
	"strings"
)

type Trie struct {
	root  *trieNode
	count int
}

type trieNode struct {
	children map[rune]*trieNode
	terminal bool
	freq     int
}

func newNode() *trieNode { return &trieNode{children: make(map[rune]*trieNode)} }

func NewTrie(words ...string) *Trie {
	t := &Trie{root: newNode()}
	for _, w := range words {
		t.Insert(w)
	}
	return t
}

func (t *Trie) Insert(word string) {
	n := t.root
	for _, r := range word {
		child, ok := n.children[r]
		if !ok {
			child = newNode()
			n.children[r] = child
		}
		n = child
	}
	if !n.terminal {
		t.count++
	}
	n.terminal = true
	n.freq++
}

func (t *Trie) find(prefix string) *trieNode {
	n := t.root
	for _, r := range prefix {
		if n = n.children[r]; n == nil {
			return nil
		}
	}
	return n
}

type Suggestion struct {
	Word string
	Freq int
}

func (s Suggestion) String() string { return fmt.Sprintf("%s(%d)", s.Word, s.Freq) }

func (t *Trie) Complete(prefix string, limit int) []Suggestion {
	n := t.find(prefix)
	if n == nil {
		return nil
	}
	var out []Suggestion
	var walk func(*trieNode, []rune)
	walk = func(n *trieNode, acc []rune) {
		if n.terminal {
			out = append(out, Suggestion{string(acc), n.freq})
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
	sort.SliceStable(out, func(i, j int) bool { return out[i].Freq > out[j].Freq })
	if len(out) > limit {
		out = out[:limit]
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
	corpus := "go gopher golang good goal gopher go go gone gopher golf gosh goal green grape gray"
	t := NewTrie(strings.Fields(corpus)...)
	fmt.Println("distinct:", t.count)
	for _, p := range []string{"go", "gop", "gr", "x", ""} {
		fmt.Printf("%-4q %v\n", p, t.Complete(p, 4))
	}
	fmt.Printf("%q\n", t.LongestCommonPrefix())
	t2 := NewTrie("interview", "internet", "internal", "interval")
	fmt.Printf("%q %v\n", t2.LongestCommonPrefix(), t2.Complete("interv", 10))
	t3 := NewTrie("été", "étage", "étoile")
	fmt.Println(t3.LongestCommonPrefix(), t3.Complete("ét", 2), t3.find("z") == nil)
}

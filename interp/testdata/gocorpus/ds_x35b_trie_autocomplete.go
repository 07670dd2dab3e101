package main

import (
	"fmt"
	"sort"
	"strings"
)

type node struct {
	children map[rune]*node
	terminal bool
	freq     int
}

type Trie struct {
	root *node
	size int
}

func NewTrie() *Trie { return &Trie{root: &node{children: map[rune]*node{}}} }

func (t *Trie) Insert(word string) {
	n := t.root
	for _, r := range strings.ToLower(word) {
		child, ok := n.children[r]
		if !ok {
			child = &node{children: map[rune]*node{}}
			n.children[r] = child
		}
		n = child
	}
	if !n.terminal {
		t.size++
	}
	n.terminal = true
	n.freq++
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

type suggestion struct {
	word string
	freq int
}

func (t *Trie) Complete(prefix string, limit int) []string {
	start := t.find(strings.ToLower(prefix))
	if start == nil {
		return nil
	}
	var out []suggestion
	var walk func(n *node, buf []rune)
	walk = func(n *node, buf []rune) {
		if n.terminal {
			out = append(out, suggestion{string(buf), n.freq})
		}
		for r, c := range n.children {
			walk(c, append(buf, r))
		}
	}
	walk(start, []rune(strings.ToLower(prefix)))
	sort.Slice(out, func(i, j int) bool {
		if out[i].freq != out[j].freq {
			return out[i].freq > out[j].freq
		}
		return out[i].word < out[j].word
	})
	res := []string{}
	for i, s := range out {
		if i == limit {
			break
		}
		res = append(res, s.word)
	}
	return res
}

func main() {
	corpus := `go gopher golang good goal goroutine go go gopher
	grpc graph great green gopher goal Go GOLANG car cart carbon care`
	t := NewTrie()
	for _, w := range strings.Fields(corpus) {
		t.Insert(w)
	}
	fmt.Println("distinct words:", t.size)
	for _, p := range []string{"go", "GOP", "gr", "car", "x", ""} {
		fmt.Printf("%-4q -> %v\n", p, t.Complete(p, 4))
	}
}

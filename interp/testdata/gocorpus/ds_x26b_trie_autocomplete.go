package main

import (
	"fmt"
	"sort"
	"strings"
)

type node struct {
	children map[rune]*node
	count    int
	terminal bool
}

type Trie struct {
	root *node
	size int
}

func New() *Trie { return &Trie{root: &node{children: map[rune]*node{}}} }

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
	n.count++
}

type suggestion struct {
	word  string
	count int
}

func (t *Trie) Complete(prefix string, k int) []string {
	n := t.root
	for _, r := range prefix {
		if n = n.children[r]; n == nil {
			return nil
		}
	}
	var out []suggestion
	var walk func(*node, []rune)
	walk = func(n *node, acc []rune) {
		if n.terminal {
			out = append(out, suggestion{string(acc), n.count})
		}
		for r, c := range n.children {
			walk(c, append(acc, r))
		}
	}
	walk(n, []rune(prefix))
	sort.Slice(out, func(i, j int) bool {
		if out[i].count != out[j].count {
			return out[i].count > out[j].count
		}
		return out[i].word < out[j].word
	})
	res := []string{}
	for i := 0; i < len(out) && i < k; i++ {
		res = append(res, fmt.Sprintf("%s(%d)", out[i].word, out[i].count))
	}
	return res
}

func main() {
	text := `go gopher golang good goose gopher go go gone golf
	gopher golang car cart carbon care careful car go Good GOLF`
	t := New()
	for _, w := range strings.Fields(text) {
		t.Insert(w)
	}
	fmt.Println("distinct:", t.size)
	for _, p := range []string{"go", "gol", "car", "care", "x", "", "goo"} {
		fmt.Printf("%-5q %v\n", p, t.Complete(p, 4))
	}
}

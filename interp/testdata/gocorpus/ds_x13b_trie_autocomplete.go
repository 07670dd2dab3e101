package main

import (
	"fmt"
	"sort"
	"strings"
)

type node struct {
	children map[rune]*node
	terminal bool
	count    int
}

type Trie struct {
	root *node
	size int
}

func NewTrie() *Trie { return &Trie{root: &node{children: map[rune]*node{}}} }

func (t *Trie) Insert(word string) {
	n := t.root
	for _, r := range word {
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
	word  string
	count int
}

func (t *Trie) Complete(prefix string, limit int) []string {
	start := t.find(prefix)
	if start == nil {
		return nil
	}
	var out []suggestion
	var walk func(n *node, buf []rune)
	walk = func(n *node, buf []rune) {
		if n.terminal {
			out = append(out, suggestion{string(buf), n.count})
		}
		keys := make([]rune, 0, len(n.children))
		for r := range n.children {
			keys = append(keys, r)
		}
		sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
		for _, r := range keys {
			walk(n.children[r], append(buf, r))
		}
	}
	walk(start, []rune(prefix))
	sort.SliceStable(out, func(i, j int) bool { return out[i].count > out[j].count })
	res := make([]string, 0, limit)
	for i := 0; i < len(out) && i < limit; i++ {
		res = append(res, fmt.Sprintf("%s(%d)", out[i].word, out[i].count))
	}
	return res
}

func main() {
	t := NewTrie()
	text := `go gopher goroutine go golang gopher grpc gob go goroutine gofmt
	gopls gopher généric générateur gc go`
	for _, w := range strings.Fields(text) {
		t.Insert(w)
	}
	fmt.Println("distinct:", t.size)
	for _, p := range []string{"go", "gop", "gé", "g", "x", ""} {
		fmt.Printf("%q -> %v\n", p, t.Complete(p, 4))
	}
	fmt.Println(t.find("gor") != nil, t.find("gor").terminal, t.find("goroutine").count)
}

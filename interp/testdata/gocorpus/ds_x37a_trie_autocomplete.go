package main

import (
	"bufio"
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
	root  *node
	words int
}

func NewTrie() *Trie { return &Trie{root: &node{children: map[rune]*node{}}} }

func (t *Trie) Insert(w string) {
	n := t.root
	for _, r := range w {
		child, ok := n.children[r]
		if !ok {
			child = &node{children: map[rune]*node{}}
			n.children[r] = child
		}
		n = child
	}
	if !n.terminal {
		t.words++
	}
	n.terminal = true
	n.count++
}

func (t *Trie) find(prefix string) *node {
	n := t.root
	for _, r := range prefix {
		if n = n.children[r]; n == nil {
			return nil
		}
	}
	return n
}

type suggestion struct {
	word  string
	count int
}

func (t *Trie) Complete(prefix string, limit int) []suggestion {
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
		for r, c := range n.children {
			walk(c, append(buf, r))
		}
	}
	walk(start, []rune(prefix))
	sort.Slice(out, func(i, j int) bool {
		if out[i].count != out[j].count {
			return out[i].count > out[j].count
		}
		return out[i].word < out[j].word
	})
	if len(out) > limit {
		out = out[:limit]
	}
	return out
}

const searches = `golang tutorial
go modules
golang generics
go channels
gopher
golang tutorial
google sheets
go modules
golang generics
golang tutorial
gofmt
grpc
go modules proxy
göteborg`

func main() {
	t := NewTrie()
	sc := bufio.NewScanner(strings.NewReader(searches))
	for sc.Scan() {
		t.Insert(strings.TrimSpace(sc.Text()))
	}
	fmt.Println("distinct queries:", t.words)
	for _, p := range []string{"go", "golang ", "go m", "gö", "rust", ""} {
		s := t.Complete(p, 4)
		fmt.Printf("%-9q ->", p)
		if s == nil {
			fmt.Print(" (none)")
		}
		for _, x := range s {
			fmt.Printf(" %s(%d)", x.word, x.count)
		}
		fmt.Println()
	}
	fmt.Printf("%+v\n", t.Complete("gof", 1))
}

package main

import (
	"fmt"
	"iter"
	"slices"
	"sort"
	"strings"
)

type node struct {
	children map[rune]*node
	terminal bool
	weight   int
}

type Trie struct {
	root *node
	size int
}

func New() *Trie { return &Trie{root: &node{children: map[rune]*node{}}} }

func (t *Trie) Insert(word string, weight int) {
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
	n.weight += weight
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

// All yields every word under prefix in lexical order.
func (t *Trie) All(prefix string) iter.Seq2[string, int] {
	return func(yield func(string, int) bool) {
		start := t.find(prefix)
		if start == nil {
			return
		}
		var walk func(n *node, buf []rune) bool
		walk = func(n *node, buf []rune) bool {
			if n.terminal && !yield(string(buf), n.weight) {
				return false
			}
			keys := make([]rune, 0, len(n.children))
			for r := range n.children {
				keys = append(keys, r)
			}
			slices.Sort(keys)
			for _, r := range keys {
				if !walk(n.children[r], append(buf, r)) {
					return false
				}
			}
			return true
		}
		walk(start, []rune(prefix))
	}
}

type suggestion struct {
	Word   string
	Weight int
}

func (t *Trie) Complete(prefix string, k int) []suggestion {
	var out []suggestion
	for w, wt := range t.All(prefix) {
		out = append(out, suggestion{w, wt})
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Weight > out[j].Weight })
	if len(out) > k {
		out = out[:k]
	}
	return out
}

func main() {
	t := New()
	corpus := `go gopher golang goroutine goroutine go go channel chan select switch
	struct string strings strconv sort slices go gopher über übung goroutine defer`
	for _, w := range strings.Fields(corpus) {
		t.Insert(w, 1)
	}
	t.Insert("generics", 5)
	fmt.Println("distinct words:", t.size)

	for _, p := range []string{"go", "s", "str", "ü", "x", ""} {
		fmt.Printf("%q -> %v\n", p, t.Complete(p, 3))
	}
	fmt.Print("first 4 under 's':")
	n := 0
	for w := range t.All("s") {
		fmt.Print(" ", w)
		if n++; n == 4 {
			break
		}
	}
	fmt.Println()
	fmt.Printf("%+v\n", t.Complete("ch", 5))
}

package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

type node struct {
	children map[rune]*node
	terminal bool
	kind     string
}

type Trie struct {
	root *node
	size int
}

func NewTrie() *Trie { return &Trie{root: &node{children: map[rune]*node{}}} }

func (t *Trie) Insert(word, kind string) {
	n := t.root
	for _, r := range word {
		c, ok := n.children[r]
		if !ok {
			c = &node{children: map[rune]*node{}}
			n.children[r] = c
		}
		n = c
	}
	if !n.terminal {
		t.size++
	}
	n.terminal = true
	n.kind = kind
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

// WithPrefix yields every stored word starting with prefix, in sorted order.
func (t *Trie) WithPrefix(prefix string) iter.Seq2[string, string] {
	return func(yield func(string, string) bool) {
		start := t.find(prefix)
		if start == nil {
			return
		}
		var walk func(n *node, acc []rune) bool
		walk = func(n *node, acc []rune) bool {
			if n.terminal && !yield(string(acc), n.kind) {
				return false
			}
			for _, r := range slices.Sorted(maps.Keys(n.children)) {
				if !walk(n.children[r], append(acc, r)) {
					return false
				}
			}
			return true
		}
		walk(start, []rune(prefix))
	}
}

// LongestMatch returns the longest keyword that is a prefix of s (maximal munch).
func (t *Trie) LongestMatch(s string) (string, string) {
	n := t.root
	best, kind := "", ""
	for i, r := range s {
		n = n.children[r]
		if n == nil {
			break
		}
		if n.terminal {
			best, kind = s[:i+len(string(r))], n.kind
		}
	}
	return best, kind
}

func main() {
	t := NewTrie()
	for _, kw := range strings.Fields("if else elif for func fn false fallthrough return range") {
		t.Insert(kw, "keyword")
	}
	for _, op := range strings.Fields("< << <= <<= = == != ! && & | ||") {
		t.Insert(op, "operator")
	}
	t.Insert("if", "keyword")
	fmt.Println("size:", t.size)

	for _, p := range []string{"f", "el", "r", "<", "x"} {
		var words []string
		for w, k := range t.WithPrefix(p) {
			words = append(words, w+"/"+k[:2])
		}
		fmt.Printf("%-3q -> %v\n", p, words)
	}
	// early break from the iterator
	n := 0
	for w := range t.WithPrefix("") {
		n++
		if n == 4 {
			fmt.Println("fourth word overall:", w)
			break
		}
	}
	src := "<<=x <=y !=z &&& ||| fallthroughs"
	for _, chunk := range strings.Fields(src) {
		var parts []string
		for chunk != "" {
			m, k := t.LongestMatch(chunk)
			if m == "" {
				parts = append(parts, fmt.Sprintf("%q", chunk[:1]))
				chunk = chunk[1:]
				continue
			}
			parts = append(parts, fmt.Sprintf("%s(%s)", m, k))
			chunk = chunk[len(m):]
		}
		fmt.Println(strings.Join(parts, " "))
	}
	keys := slices.Collect(func(yield func(string) bool) {
		for w, k := range t.WithPrefix("") {
			if k == "keyword" && !yield(strings.ToUpper(w)) {
				return
			}
		}
	})
	fmt.Println(len(keys), keys)
}

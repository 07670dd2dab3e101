package main

import (
	"fmt"
	"sort"
	"strings"
)

type Trie struct {
	children map[rune]*Trie
	end      bool
	count    int
}

func New() *Trie { return &Trie{children: map[rune]*Trie{}} }

func (t *Trie) Insert(w string) {
	n := t
	for _, r := range w {
		n.count++
		c, ok := n.children[r]
		if !ok {
			c = New()
			n.children[r] = c
		}
		n = c
	}
	n.count++
	n.end = true
}

func (t *Trie) find(prefix string) *Trie {
	n := t
	for _, r := range prefix {
		var ok bool
		if n, ok = n.children[r]; !ok {
			return nil
		}
	}
	return n
}

func (t *Trie) walk(prefix []rune, out *[]string) {
	if t.end {
		*out = append(*out, string(prefix))
	}
	keys := make([]rune, 0, len(t.children))
	for k := range t.children {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	for _, k := range keys {
		t.children[k].walk(append(prefix, k), out)
	}
}

func (t *Trie) Complete(prefix string) []string {
	n := t.find(prefix)
	if n == nil {
		return nil
	}
	var out []string
	n.walk([]rune(prefix), &out)
	return out
}

func (t *Trie) String() string {
	var sb strings.Builder
	var rec func(n *Trie, depth int)
	rec = func(n *Trie, depth int) {
		keys := make([]string, 0)
		for k := range n.children {
			keys = append(keys, string(k))
		}
		sort.Strings(keys)
		for _, k := range keys {
			c := n.children[[]rune(k)[0]]
			mark := ""
			if c.end {
				mark = "*"
			}
			fmt.Fprintf(&sb, "%s%s%s (%d)\n", strings.Repeat("  ", depth), k, mark, c.count)
			rec(c, depth+1)
		}
	}
	rec(t, 0)
	return sb.String()
}

func main() {
	t := New()
	for _, w := range strings.Fields("let lambda letrec list lisp loop λx λy if") {
		t.Insert(w)
	}
	for _, p := range []string{"le", "li", "l", "λ", "z", ""} {
		fmt.Printf("%q -> %v\n", p, t.Complete(p))
	}
	fmt.Print(t.find("li"))
	fmt.Println(t.find("q") == nil, t.count)
}

package main

import (
	"fmt"
	"sort"
	"strings"
)

type Trie struct {
	children map[rune]*Trie
	count    int
	end      bool
}

func New() *Trie { return &Trie{children: map[rune]*Trie{}} }

func (t *Trie) Insert(w string) {
	n := t
	for _, r := range w {
		c, ok := n.children[r]
		if !ok {
			c = New()
			n.children[r] = c
		}
		c.count++
		n = c
	}
	n.end = true
}

func (t *Trie) find(prefix string) *Trie {
	n := t
	for _, r := range prefix {
		if n = n.children[r]; n == nil {
			return nil
		}
	}
	return n
}

func (t *Trie) Complete(prefix string) []string {
	var out []string
	var walk func(n *Trie, acc []rune)
	walk = func(n *Trie, acc []rune) {
		if n.end {
			out = append(out, string(acc))
		}
		keys := make([]rune, 0, len(n.children))
		for k := range n.children {
			keys = append(keys, k)
		}
		sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
		for _, k := range keys {
			walk(n.children[k], append(acc, k))
		}
	}
	if n := t.find(prefix); n != nil {
		walk(n, []rune(prefix))
	}
	return out
}

func (t *Trie) ShortestUnique(w string) string {
	n := t
	for i, r := range []rune(w) {
		n = n.children[r]
		if n.count == 1 {
			return string([]rune(w)[:i+1])
		}
	}
	return w
}

func (t *Trie) Delete(w string) bool {
	if n := t.find(w); n == nil || !n.end {
		return false
	}
	n := t
	for _, r := range w {
		c := n.children[r]
		c.count--
		if c.count == 0 {
			delete(n.children, r)
			return true
		}
		n = c
	}
	n.end = false
	return true
}

const dict = `car card care careful cart cat catalog dog dodge door dove über übung`

func main() {
	t := New()
	words := strings.Fields(dict)
	for _, w := range words {
		t.Insert(w)
	}
	for _, p := range []string{"car", "ca", "do", "üb", "x", ""} {
		c := t.Complete(p)
		fmt.Printf("%q -> %d %v\n", p, len(c), c)
	}
	for _, w := range words {
		fmt.Print(t.ShortestUnique(w), " ")
	}
	fmt.Println()
	fmt.Println(t.Delete("care"), t.Delete("care"), t.Delete("ca"), t.Delete("dove"))
	fmt.Println(t.Complete("car"), t.Complete("do"))
	fmt.Println(t.find("c").count, t.find("d").count)
}

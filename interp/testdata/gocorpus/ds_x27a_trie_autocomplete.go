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
		child, ok := n.children[r]
		if !ok {
			child = New()
			n.children[r] = child
		}
		child.count++
		n = child
	}
	n.end = true
}

func (t *Trie) find(prefix string) *Trie {
	n := t
	for _, r := range prefix {
		n = n.children[r]
		if n == nil {
			return nil
		}
	}
	return n
}

func (t *Trie) Complete(prefix string, limit int) []string {
	n := t.find(prefix)
	if n == nil {
		return nil
	}
	var out []string
	var walk func(*Trie, []rune)
	walk = func(n *Trie, acc []rune) {
		if len(out) >= limit {
			return
		}
		if n.end {
			out = append(out, string(acc))
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
	return out
}

func (t *Trie) CountPrefix(p string) int {
	if n := t.find(p); n != nil {
		return n.count
	}
	return 0
}

func (t *Trie) Dump(indent int, sb *strings.Builder) {
	keys := make([]string, 0)
	for r := range t.children {
		keys = append(keys, string(r))
	}
	sort.Strings(keys)
	for _, k := range keys {
		c := t.children[[]rune(k)[0]]
		mark := ""
		if c.end {
			mark = "*"
		}
		fmt.Fprintf(sb, "%s%s%s(%d)\n", strings.Repeat("  ", indent), k, mark, c.count)
		c.Dump(indent+1, sb)
	}
}

func main() {
	t := New()
	for _, w := range strings.Fields("car card care careful cart cat dog do dot über übel") {
		t.Insert(w)
	}
	fmt.Println(t.Complete("car", 10))
	fmt.Println(t.Complete("car", 3))
	fmt.Println(t.Complete("do", 10), t.Complete("x", 5) == nil)
	fmt.Println(t.Complete("üb", 5), t.CountPrefix("ca"), t.CountPrefix("d"), t.CountPrefix("z"))
	var sb strings.Builder
	t.find("ca").Dump(0, &sb)
	fmt.Print(sb.String())
}

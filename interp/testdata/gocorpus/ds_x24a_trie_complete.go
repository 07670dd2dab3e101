package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

type Trie struct {
	children map[rune]*Trie
	terminal bool
	count    int
}

func NewTrie() *Trie { return &Trie{children: map[rune]*Trie{}} }

func (t *Trie) Insert(word string) {
	cur := t
	for _, r := range word {
		nxt, ok := cur.children[r]
		if !ok {
			nxt = NewTrie()
			cur.children[r] = nxt
		}
		nxt.count++
		cur = nxt
	}
	cur.terminal = true
}

func (t *Trie) find(prefix string) *Trie {
	cur := t
	for _, r := range prefix {
		cur = cur.children[r]
		if cur == nil {
			return nil
		}
	}
	return cur
}

func (t *Trie) Words(prefix string) iter.Seq[string] {
	return func(yield func(string) bool) {
		start := t.find(prefix)
		if start == nil {
			return
		}
		var walk func(n *Trie, buf []rune) bool
		walk = func(n *Trie, buf []rune) bool {
			if n.terminal && !yield(string(buf)) {
				return false
			}
			for _, r := range slices.Sorted(maps.Keys(n.children)) {
				if !walk(n.children[r], append(buf, r)) {
					return false
				}
			}
			return true
		}
		walk(start, []rune(prefix))
	}
}

func (t *Trie) CountPrefix(p string) int {
	if n := t.find(p); n != nil {
		return n.count
	}
	return 0
}

func main() {
	t := NewTrie()
	for _, w := range strings.Fields("car card care cared cars cat catalog dog dodge door über übel") {
		t.Insert(w)
	}
	fmt.Println(slices.Collect(t.Words("car")))
	fmt.Println(slices.Collect(t.Words("do")))
	fmt.Println(slices.Collect(t.Words("üb")))
	fmt.Println(slices.Collect(t.Words("x")), t.CountPrefix("ca"), t.CountPrefix("d"))
	n := 0
	for w := range t.Words("") {
		n++
		if n > 4 {
			break
		}
		fmt.Print(w, ";")
	}
	fmt.Println()
	fmt.Println(len(t.children), t.find("cat").terminal, t.find("ca").terminal)
}

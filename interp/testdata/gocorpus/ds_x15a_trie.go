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

func NewTrie() *Trie { return &Trie{children: map[rune]*Trie{}} }

func (t *Trie) Insert(word string) {
	node := t
	for _, r := range word {
		child, ok := node.children[r]
		if !ok {
			child = NewTrie()
			node.children[r] = child
		}
		child.count++
		node = child
	}
	node.end = true
}

func (t *Trie) find(prefix string) *Trie {
	node := t
	for _, r := range prefix {
		node = node.children[r]
		if node == nil {
			return nil
		}
	}
	return node
}

func (t *Trie) Contains(w string) bool {
	n := t.find(w)
	return n != nil && n.end
}

func (t *Trie) Complete(prefix string, limit int) []string {
	var out []string
	var walk func(n *Trie, acc []rune)
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
	if n := t.find(prefix); n != nil {
		walk(n, []rune(prefix))
	}
	return out
}

func (t *Trie) CountPrefix(p string) int {
	if n := t.find(p); n != nil {
		return n.count
	}
	return 0
}

type Ring[T any] struct {
	buf   []T
	start int
	size  int
}

func NewRing[T any](n int) *Ring[T] { return &Ring[T]{buf: make([]T, n)} }

func (r *Ring[T]) Push(v T) {
	idx := (r.start + r.size) % len(r.buf)
	r.buf[idx] = v
	if r.size < len(r.buf) {
		r.size++
	} else {
		r.start = (r.start + 1) % len(r.buf)
	}
}

func (r *Ring[T]) Items() []T {
	out := make([]T, r.size)
	for i := range out {
		out[i] = r.buf[(r.start+i)%len(r.buf)]
	}
	return out
}

func main() {
	t := NewTrie()
	words := strings.Fields("car card care careful cart cat catalog dog dodge door dorm zebra carbon")
	for _, w := range words {
		t.Insert(w)
	}
	for _, p := range []string{"car", "ca", "do", "dor", "x", ""} {
		fmt.Printf("%-4q count=%2d first3=%v\n", p, t.CountPrefix(p), t.Complete(p, 3))
	}
	fmt.Println(t.Contains("car"), t.Contains("ca"), t.Contains("careful"), t.Contains("carefully"))
	ut := NewTrie()
	for _, w := range []string{"über", "übel", "ünd", "u"} {
		ut.Insert(w)
	}
	fmt.Println(ut.Complete("ü", 10), ut.CountPrefix("üb"))

	r := NewRing[string](3)
	for _, w := range words[:5] {
		r.Push(w)
		fmt.Print(r.Items(), " ")
	}
	fmt.Println()
	hist := NewRing[float64](4)
	sum := 0.0
	for i := 1; i <= 10; i++ {
		hist.Push(float64(i * i))
		sum = 0
		for _, v := range hist.Items() {
			sum += v
		}
	}
	fmt.Printf("moving avg %.2f over %v\n", sum/float64(len(hist.Items())), hist.Items())
}

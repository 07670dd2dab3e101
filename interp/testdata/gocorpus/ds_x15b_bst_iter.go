package main

import (
	"cmp"
	"fmt"
	"iter"
	"strings"
)

type Tree[K cmp.Ordered, V any] struct {
	root *tnode[K, V]
	size int
}

type tnode[K cmp.Ordered, V any] struct {
	k           K
	v           V
	left, right *tnode[K, V]
}

func (t *Tree[K, V]) Put(k K, v V) {
	p := &t.root
	for *p != nil {
		switch c := cmp.Compare(k, (*p).k); {
		case c < 0:
			p = &(*p).left
		case c > 0:
			p = &(*p).right
		default:
			(*p).v = v
			return
		}
	}
	*p = &tnode[K, V]{k: k, v: v}
	t.size++
}

func (t *Tree[K, V]) Get(k K) (V, bool) {
	n := t.root
	for n != nil {
		if k < n.k {
			n = n.left
		} else if k > n.k {
			n = n.right
		} else {
			return n.v, true
		}
	}
	var zero V
	return zero, false
}

func (t *Tree[K, V]) All() iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		var stack []*tnode[K, V]
		n := t.root
		for n != nil || len(stack) > 0 {
			for n != nil {
				stack = append(stack, n)
				n = n.left
			}
			n = stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			if !yield(n.k, n.v) {
				return
			}
			n = n.right
		}
	}
}

func (t *Tree[K, V]) Height() int {
	var h func(*tnode[K, V]) int
	h = func(n *tnode[K, V]) int {
		if n == nil {
			return 0
		}
		return 1 + max(h(n.left), h(n.right))
	}
	return h(t.root)
}

func (t *Tree[K, V]) Range(lo, hi K) iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		for k, v := range t.All() {
			if k < lo {
				continue
			}
			if k > hi || !yield(k, v) {
				return
			}
		}
	}
}

func main() {
	var t Tree[string, int]
	for i, w := range strings.Fields("m f t b h p x a c g z m") {
		t.Put(w, i)
	}
	var sb strings.Builder
	for k, v := range t.All() {
		fmt.Fprintf(&sb, "%s%d ", k, v)
	}
	fmt.Println(sb.String(), t.size, t.Height())
	for k := range t.Range("c", "p") {
		fmt.Print(k, " ")
	}
	fmt.Println()
	v, ok := t.Get("h")
	_, ok2 := t.Get("q")
	fmt.Println(v, ok, ok2)
	var nums Tree[float64, []string]
	nums.Put(2.5, []string{"a"})
	nums.Put(-1, nil)
	nums.Put(10, []string{"b", "c"})
	for k, v := range nums.All() {
		fmt.Printf("%v:%d ", k, len(v))
	}
	fmt.Println()
}

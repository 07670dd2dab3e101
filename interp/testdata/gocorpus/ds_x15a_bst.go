package main

import (
	"cmp"
	"fmt"
	"iter"
	"strings"
)

type Tree[K cmp.Ordered, V any] struct {
	root *tnode[K, V]
	n    int
}

type tnode[K cmp.Ordered, V any] struct {
	key         K
	val         V
	left, right *tnode[K, V]
}

func (t *Tree[K, V]) Put(k K, v V) {
	p := &t.root
	for *p != nil {
		switch c := cmp.Compare(k, (*p).key); {
		case c < 0:
			p = &(*p).left
		case c > 0:
			p = &(*p).right
		default:
			(*p).val = v
			return
		}
	}
	*p = &tnode[K, V]{key: k, val: v}
	t.n++
}

func (t *Tree[K, V]) Get(k K) (v V, ok bool) {
	n := t.root
	for n != nil {
		if k < n.key {
			n = n.left
		} else if k > n.key {
			n = n.right
		} else {
			return n.val, true
		}
	}
	return
}

func (t *Tree[K, V]) InOrder() iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		var walk func(n *tnode[K, V]) bool
		walk = func(n *tnode[K, V]) bool {
			if n == nil {
				return true
			}
			return walk(n.left) && yield(n.key, n.val) && walk(n.right)
		}
		walk(t.root)
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

func (t *Tree[K, V]) Render() string {
	var sb strings.Builder
	var r func(n *tnode[K, V], depth int)
	r = func(n *tnode[K, V], depth int) {
		if n == nil {
			return
		}
		r(n.right, depth+1)
		fmt.Fprintf(&sb, "%s%v\n", strings.Repeat("    ", depth), n.key)
		r(n.left, depth+1)
	}
	r(t.root, 0)
	return sb.String()
}

func Range[K cmp.Ordered, V any](t *Tree[K, V], lo, hi K) []K {
	var out []K
	for k := range t.InOrder() {
		if k > hi {
			break
		}
		if k >= lo {
			out = append(out, k)
		}
	}
	return out
}

func main() {
	t := &Tree[int, string]{}
	for _, k := range []int{50, 30, 70, 20, 40, 60, 80, 35, 45, 65} {
		t.Put(k, fmt.Sprintf("v%d", k))
	}
	t.Put(40, "forty")
	fmt.Println("size", t.n, "height", t.Height())
	for k, v := range t.InOrder() {
		fmt.Print(k, ":", v, " ")
	}
	fmt.Println()
	fmt.Print(t.Render())
	fmt.Println(Range(t, 33, 66))
	v, ok := t.Get(45)
	fmt.Println(v, ok)
	v, ok = t.Get(46)
	fmt.Printf("%q %v\n", v, ok)

	words := &Tree[string, int]{}
	for i, w := range strings.Fields("delta alpha echo bravo charlie alpha foxtrot") {
		old, _ := words.Get(w)
		words.Put(w, old+i)
	}
	for k, v := range words.InOrder() {
		fmt.Printf("%s=%d ", k, v)
	}
	fmt.Println(words.Height())
}

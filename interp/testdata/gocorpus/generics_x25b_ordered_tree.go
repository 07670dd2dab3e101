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
	t.n++
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
		var walk func(n *tnode[K, V]) bool
		walk = func(n *tnode[K, V]) bool {
			return n == nil || (walk(n.left) && yield(n.k, n.v) && walk(n.right))
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

type Number interface{ ~int | ~float64 }

func SumValues[K cmp.Ordered, V Number](t *Tree[K, V]) V {
	var s V
	for _, v := range t.All() {
		s += v
	}
	return s
}

func main() {
	var t Tree[string, int]
	for i, w := range strings.Fields("m d x a f p z b e") {
		t.Put(w, i*i)
	}
	t.Put("f", -1)
	for k, v := range t.All() {
		fmt.Printf("%s:%d ", k, v)
	}
	fmt.Println()
	fmt.Println(t.n, t.Height(), SumValues(&t))
	v, ok := t.Get("p")
	fmt.Println(v, ok)
	_, ok = t.Get("q")
	fmt.Println(ok)
	for k := range t.All() {
		if k > "e" {
			break
		}
		fmt.Print(k)
	}
	fmt.Println()
	ft := &Tree[float64, []string]{}
	ft.Put(2.5, []string{"b"})
	ft.Put(-1, nil)
	ft.Put(10, []string{"c", "d"})
	for k, v := range ft.All() {
		fmt.Println(k, v, len(v))
	}
	type Score float64
	st := &Tree[int, Score]{}
	st.Put(3, 1.5)
	st.Put(1, 2.25)
	fmt.Printf("%v %T\n", SumValues(st), SumValues(st))
}

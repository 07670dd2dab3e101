package main

import (
	"cmp"
	"fmt"
	"iter"
	"strings"
)

type Tree[K cmp.Ordered, V any] struct {
	root *node[K, V]
	n    int
}

type node[K cmp.Ordered, V any] struct {
	key         K
	val         V
	left, right *node[K, V]
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
	*p = &node[K, V]{key: k, val: v}
	t.n++
}

func (t *Tree[K, V]) Get(k K) (V, bool) {
	for n := t.root; n != nil; {
		switch {
		case k < n.key:
			n = n.left
		case k > n.key:
			n = n.right
		default:
			return n.val, true
		}
	}
	var zero V
	return zero, false
}

func (t *Tree[K, V]) InOrder() iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		var walk func(*node[K, V]) bool
		walk = func(n *node[K, V]) bool {
			return n == nil || (walk(n.left) && yield(n.key, n.val) && walk(n.right))
		}
		walk(t.root)
	}
}

func (t *Tree[K, V]) Height() int {
	var h func(*node[K, V]) int
	h = func(n *node[K, V]) int {
		if n == nil {
			return 0
		}
		return 1 + max(h(n.left), h(n.right))
	}
	return h(t.root)
}

func (t *Tree[K, V]) String() string {
	var parts []string
	for k, v := range t.InOrder() {
		parts = append(parts, fmt.Sprintf("%v:%v", k, v))
	}
	return "{" + strings.Join(parts, " ") + "}"
}

func main() {
	var t Tree[int, string]
	for _, k := range []int{4, 2, 6, 1, 3, 5, 7, 4} {
		t.Put(k, strings.Repeat("*", k))
	}
	fmt.Println(t.n, t.Height(), t.String())
	v, ok := t.Get(5)
	fmt.Println(v, ok)
	_, ok = t.Get(9)
	fmt.Println(ok)
	for k := range t.InOrder() {
		if k > 3 {
			break
		}
		fmt.Print(k, " ")
	}
	fmt.Println()
	words := &Tree[string, int]{}
	for i, w := range strings.Fields("the quick brown fox jumps over the lazy dog") {
		old, _ := words.Get(w)
		words.Put(w, old+i)
	}
	fmt.Println(words, words.Height())
	degenerate := &Tree[float64, struct{}]{}
	for i := range 6 {
		degenerate.Put(float64(i)/2, struct{}{})
	}
	fmt.Println(degenerate.Height(), degenerate)
}

package main

import (
	"cmp"
	"fmt"
	"iter"
	"strings"
)

type Tree[K cmp.Ordered, V any] struct {
	root *node[K, V]
	size int
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
	t.size++
}

func (t *Tree[K, V]) Get(k K) (V, bool) {
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
	var zero V
	return zero, false
}

func (t *Tree[K, V]) All() iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		var walk func(n *node[K, V]) bool
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

func main() {
	var t Tree[string, int]
	for i, w := range strings.Fields("the quick brown fox jumps over the lazy dog quick quick") {
		old, _ := t.Get(w)
		t.Put(w, old+i)
	}
	for k, v := range t.All() {
		fmt.Printf("%s=%d ", k, v)
	}
	fmt.Println("\nsize", t.size, "height", t.Height())
	for k := range t.All() {
		if k > "fox" {
			fmt.Println("first after fox:", k)
			break
		}
	}
	nums := &Tree[float64, []string]{}
	for _, f := range []float64{3.5, -1, 2.25, 10, 0} {
		nums.Put(f, []string{fmt.Sprint(f * 2)})
	}
	v, ok := nums.Get(2.25)
	_, missing := nums.Get(7)
	fmt.Println(v, ok, missing, nums.Height())
	for k, v := range nums.All() {
		fmt.Print(k, v, " ")
	}
	fmt.Println()
}

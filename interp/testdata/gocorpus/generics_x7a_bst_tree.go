// Exercises: generic binary search tree with cmp.Compare, recursive generic methods, in-order push iterator
package main

import (
	"cmp"
	"fmt"
	"iter"
	"slices"
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

func (n *tnode[K, V]) walk(yield func(K, V) bool) bool {
	if n == nil {
		return true
	}
	return n.left.walk(yield) && yield(n.k, n.v) && n.right.walk(yield)
}

func (t *Tree[K, V]) All() iter.Seq2[K, V] {
	return func(yield func(K, V) bool) { t.root.walk(yield) }
}

func main() {
	var t Tree[int, string]
	for _, k := range []int{50, 30, 70, 20, 40, 60, 80, 30} {
		t.Put(k, fmt.Sprint("v", k))
	}
	fmt.Println("size", t.size, "root", t.root.k, max(t.root.left.k, t.root.right.k))
	for k, v := range t.All() {
		if k > 60 {
			break
		}
		fmt.Print(k, ":", v, " ")
	}
	fmt.Println()
	var keys []int
	for k := range t.All() {
		keys = append(keys, k)
	}
	fmt.Println(slices.IsSorted(keys), keys)
}

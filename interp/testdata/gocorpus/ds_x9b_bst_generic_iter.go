// Exercises: a generic BST[K cmp.Ordered, V any] with Put/Get sharing a pointer-to-link search, an in-order iter.Seq2 written recursively with early stop, zero V on a miss.
package main

import (
	"cmp"
	"fmt"
	"iter"
)

type node[K cmp.Ordered, V any] struct {
	key         K
	val         V
	left, right *node[K, V]
}
type BST[K cmp.Ordered, V any] struct{ root *node[K, V] }

func (t *BST[K, V]) find(k K) **node[K, V] {
	p := &t.root
	for *p != nil && (*p).key != k {
		if cmp.Less(k, (*p).key) {
			p = &(*p).left
		} else {
			p = &(*p).right
		}
	}
	return p
}

func (t *BST[K, V]) Put(k K, v V) {
	if p := t.find(k); *p == nil {
		*p = &node[K, V]{key: k, val: v}
	} else {
		(*p).val = v
	}
}

func (t *BST[K, V]) Get(k K) (v V, ok bool) {
	if n := *t.find(k); n != nil {
		return n.val, true
	}
	return v, false
}

func (t *BST[K, V]) All() iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		var walk func(n *node[K, V]) bool
		walk = func(n *node[K, V]) bool {
			return n == nil || walk(n.left) && yield(n.key, n.val) && walk(n.right)
		}
		walk(t.root)
	}
}

func main() {
	var t BST[string, int]
	for i, w := range []string{"m", "c", "x", "a", "e", "q", "z", "c"} {
		t.Put(w, i)
	}
	for k, v := range t.All() {
		fmt.Print(k, "=", v, " ")
	}
	for k := range t.All() {
		if k > "e" {
			break
		}
		fmt.Print(k, " ")
	}
	fmt.Println(t.Get("q"))
	fmt.Println(t.Get("b"))
}

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
			if n == nil {
				return true
			}
			return walk(n.left) && yield(n.key, n.val) && walk(n.right)
		}
		walk(t.root)
	}
}

func height[K cmp.Ordered, V any](n *node[K, V]) int {
	if n == nil {
		return 0
	}
	return 1 + max(height(n.left), height(n.right))
}

func (t *Tree[K, V]) Delete(k K) {
	t.root = del(t.root, k, &t.n)
}

func del[K cmp.Ordered, V any](n *node[K, V], k K, cnt *int) *node[K, V] {
	if n == nil {
		return nil
	}
	switch {
	case k < n.key:
		n.left = del(n.left, k, cnt)
	case k > n.key:
		n.right = del(n.right, k, cnt)
	default:
		if n.left == nil {
			*cnt--
			return n.right
		}
		if n.right == nil {
			*cnt--
			return n.left
		}
		m := n.right
		for m.left != nil {
			m = m.left
		}
		n.key, n.val = m.key, m.val
		n.right = del(n.right, m.key, cnt)
	}
	return n
}

func main() {
	t := &Tree[string, int]{}
	text := "it was the best of times it was the worst of times"
	for _, w := range strings.Fields(text) {
		c, _ := t.Get(w)
		t.Put(w, c+1)
	}
	fmt.Println("distinct:", t.n, "height:", height(t.root))
	for k, v := range t.All() {
		fmt.Printf("%s:%d ", k, v)
	}
	fmt.Println()
	t.Delete("the")
	t.Delete("it")
	t.Delete("nope")
	for k := range t.All() {
		if k > "t" {
			break
		}
		fmt.Print(k, " ")
	}
	fmt.Println("| n =", t.n)
	v, ok := t.Get("the")
	fmt.Println(v, ok)
}

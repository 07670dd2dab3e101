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

func main() {
	var t Tree[string, int]
	for i, w := range strings.Fields("m d r a f p z b e q m a") {
		t.Put(w, i)
	}
	fmt.Println("size", t.n, "height", t.Height())
	for k, v := range t.All() {
		fmt.Printf("%s=%d ", k, v)
	}
	fmt.Println()
	for _, k := range []string{"m", "q", "x"} {
		v, ok := t.Get(k)
		fmt.Println(k, v, ok)
	}
	count := 0
	for k := range t.All() {
		if k > "e" {
			break
		}
		count++
	}
	fmt.Println("keys <= e:", count)
	nums := &Tree[float64, []string]{}
	for _, x := range []float64{3.5, 1.25, 9, -2} {
		nums.Put(x, []string{fmt.Sprint(x * 2)})
	}
	for k, v := range nums.All() {
		fmt.Print(k, v, ";")
	}
	fmt.Println(nums.Height())
}

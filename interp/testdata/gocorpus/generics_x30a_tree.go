package main

import (
	"cmp"
	"fmt"
	"iter"
	"strings"
)

type node[K cmp.Ordered, V any] struct {
	key         K
	val         V
	left, right *node[K, V]
}

type Tree[K cmp.Ordered, V any] struct {
	root *node[K, V]
	size int
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

func (n *node[K, V]) walk(yield func(K, V) bool) bool {
	if n == nil {
		return true
	}
	return n.left.walk(yield) && yield(n.key, n.val) && n.right.walk(yield)
}

func (t *Tree[K, V]) All() iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		t.root.walk(yield)
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
	for i, w := range strings.Fields("m f t b h p w a c g") {
		t.Put(w, i)
	}
	t.Put("h", 100)
	fmt.Println("size", t.size, "height", t.Height())
	for k, v := range t.All() {
		fmt.Printf("%s:%d ", k, v)
	}
	fmt.Println()
	v, ok := t.Get("p")
	fmt.Println(v, ok)
	v, ok = t.Get("z")
	fmt.Println(v, ok)

	for k := range t.All() {
		if k > "f" {
			break
		}
		fmt.Print(k, " ")
	}
	fmt.Println()

	nums := &Tree[float64, []string]{}
	nums.Put(2.5, []string{"two and a half"})
	nums.Put(-1, nil)
	nums.Put(10, []string{"ten", "X"})
	for k, v := range nums.All() {
		fmt.Printf("%v=%q(%d) ", k, v, len(v))
	}
	fmt.Println()
	fmt.Printf("%T\n", nums.root)
}

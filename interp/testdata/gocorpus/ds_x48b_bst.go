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

type TreeMap[K cmp.Ordered, V any] struct {
	root *node[K, V]
	size int
}

func (t *TreeMap[K, V]) Put(k K, v V) {
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

func (t *TreeMap[K, V]) Get(k K) (V, bool) {
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

func (t *TreeMap[K, V]) All() iter.Seq2[K, V] {
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

func (t *TreeMap[K, V]) Range(lo, hi K) iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		for k, v := range t.All() {
			if k >= hi {
				return
			}
			if k >= lo && !yield(k, v) {
				return
			}
		}
	}
}

func (t *TreeMap[K, V]) Height() int {
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
	var tm TreeMap[string, int]
	for _, w := range strings.Fields("m f t b h p w a c g k") {
		tm.Put(w, len(w)*int(w[0]))
	}
	tm.Put("h", -1)
	for k, v := range tm.All() {
		fmt.Printf("%s:%d ", k, v)
	}
	fmt.Println("\nsize", tm.size, "height", tm.Height())
	for k := range tm.Range("c", "m") {
		fmt.Print(k, " ")
	}
	fmt.Println()
	v, ok := tm.Get("h")
	_, ok2 := tm.Get("z")
	fmt.Println(v, ok, ok2)

	nums := &TreeMap[float64, []string]{}
	for i := 10; i > 0; i-- {
		nums.Put(float64(i)/4, []string{fmt.Sprint(i)})
	}
	for k, v := range nums.All() {
		if k > 1.5 {
			break
		}
		fmt.Printf("%.2f=%v ", k, v)
	}
	fmt.Println("height", nums.Height())
}

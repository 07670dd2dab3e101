package main

import (
	"cmp"
	"fmt"
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
	t.root = t.put(t.root, k, v)
}

func (t *Tree[K, V]) put(n *node[K, V], k K, v V) *node[K, V] {
	if n == nil {
		t.n++
		return &node[K, V]{key: k, val: v}
	}
	switch c := cmp.Compare(k, n.key); {
	case c < 0:
		n.left = t.put(n.left, k, v)
	case c > 0:
		n.right = t.put(n.right, k, v)
	default:
		n.val = v
	}
	return n
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

func (t *Tree[K, V]) Walk(f func(K, V)) {
	var walk func(*node[K, V])
	walk = func(n *node[K, V]) {
		if n == nil {
			return
		}
		walk(n.left)
		f(n.key, n.val)
		walk(n.right)
	}
	walk(t.root)
}

func height[K cmp.Ordered, V any](n *node[K, V]) int {
	if n == nil {
		return 0
	}
	return 1 + max(height(n.left), height(n.right))
}

func (t *Tree[K, V]) Print() {
	var show func(n *node[K, V], depth int)
	show = func(n *node[K, V], depth int) {
		if n == nil {
			return
		}
		show(n.right, depth+1)
		fmt.Printf("%s%v\n", strings.Repeat("   ", depth), n.key)
		show(n.left, depth+1)
	}
	show(t.root, 0)
}

func main() {
	var t Tree[int, string]
	for _, k := range []int{50, 30, 70, 20, 40, 60, 80, 35, 30} {
		t.Put(k, fmt.Sprintf("v%d", k))
	}
	t.Put(30, "thirty")
	fmt.Println("size", t.n, "height", height(t.root))
	t.Walk(func(k int, v string) { fmt.Print(k, "=", v, " ") })
	fmt.Println()
	for _, k := range []int{35, 36} {
		v, ok := t.Get(k)
		fmt.Printf("get %d: %q %v\n", k, v, ok)
	}
	t.Print()
	var words Tree[string, int]
	for i, w := range strings.Fields("the cat sat on the mat with the hat") {
		old, _ := words.Get(w)
		words.Put(w, old+i)
	}
	words.Walk(func(k string, v int) { fmt.Printf("%s:%d ", k, v) })
	fmt.Println()
}

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
	return *new(V), false
}

func (t *Tree[K, V]) InOrder() iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		var walk func(n *node[K, V]) bool
		walk = func(n *node[K, V]) bool {
			return n == nil || walk(n.left) && yield(n.key, n.val) && walk(n.right)
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

func (t *Tree[K, V]) LevelOrder() [][]K {
	var levels [][]K
	q := []*node[K, V]{}
	if t.root != nil {
		q = append(q, t.root)
	}
	for len(q) > 0 {
		var lvl []K
		var next []*node[K, V]
		for _, n := range q {
			lvl = append(lvl, n.key)
			for _, c := range []*node[K, V]{n.left, n.right} {
				if c != nil {
					next = append(next, c)
				}
			}
		}
		levels = append(levels, lvl)
		q = next
	}
	return levels
}

func keys[K cmp.Ordered, V any](seq iter.Seq2[K, V]) iter.Seq[K] {
	return func(yield func(K) bool) {
		for k := range seq {
			if !yield(k) {
				return
			}
		}
	}
}

func sameFringe[K cmp.Ordered](a, b iter.Seq[K]) bool {
	na, stopA := iter.Pull(a)
	defer stopA()
	nb, stopB := iter.Pull(b)
	defer stopB()
	for {
		x, okA := na()
		y, okB := nb()
		if okA != okB || x != y {
			return false
		}
		if !okA {
			return true
		}
	}
}

func main() {
	t := &Tree[string, int]{}
	for i, w := range strings.Fields("mango apple peach kiwi banana zucchini cherry apple") {
		t.Put(w, i)
	}
	for k, v := range t.InOrder() {
		fmt.Printf("%s=%d ", k, v)
	}
	fmt.Println("| size", t.size, "height", t.Height())
	fmt.Println(t.LevelOrder())
	v, ok := t.Get("kiwi")
	fmt.Println(v, ok)

	a, b, c := &Tree[int, bool]{}, &Tree[int, bool]{}, &Tree[int, bool]{}
	for _, x := range []int{5, 3, 8, 1, 4} {
		a.Put(x, true)
	}
	for _, x := range []int{1, 3, 4, 5, 8} {
		b.Put(x, true)
	}
	for _, x := range []int{5, 3, 8, 1, 6} {
		c.Put(x, true)
	}
	fmt.Println("a~b:", sameFringe(keys(a.InOrder()), keys(b.InOrder())), "heights", a.Height(), b.Height())
	fmt.Println("a~c:", sameFringe(keys(a.InOrder()), keys(c.InOrder())))
	fmt.Printf("%v %T\n", b.LevelOrder(), b.root.key)
}

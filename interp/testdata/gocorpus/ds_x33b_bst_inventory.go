package main

import (
	"cmp"
	"fmt"
	"strings"
)

type Tree[K cmp.Ordered, V any] struct {
	root *treeNode[K, V]
	size int
}

type treeNode[K cmp.Ordered, V any] struct {
	key         K
	val         V
	left, right *treeNode[K, V]
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
	*p = &treeNode[K, V]{key: k, val: v}
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

func (t *Tree[K, V]) InOrder(visit func(K, V) bool) {
	var walk func(n *treeNode[K, V]) bool
	walk = func(n *treeNode[K, V]) bool {
		if n == nil {
			return true
		}
		return walk(n.left) && visit(n.key, n.val) && walk(n.right)
	}
	walk(t.root)
}

func (t *Tree[K, V]) Height() int {
	var h func(*treeNode[K, V]) int
	h = func(n *treeNode[K, V]) int {
		if n == nil {
			return 0
		}
		return 1 + max(h(n.left), h(n.right))
	}
	return h(t.root)
}

type Part struct {
	Desc string
	Qty  int
}

func main() {
	var parts Tree[string, Part]
	for _, p := range []struct {
		code string
		part Part
	}{
		{"M-200", Part{"hex bolt", 500}}, {"A-010", Part{"washer", 1200}}, {"Z-999", Part{"gasket", 3}},
		{"K-450", Part{"spring", 80}}, {"B-777", Part{"bearing", 40}}, {"M-200", Part{"hex bolt M8", 450}},
	} {
		parts.Put(p.code, p.part)
	}
	fmt.Println("size:", parts.size, "height:", parts.Height())
	parts.InOrder(func(k string, v Part) bool {
		fmt.Printf("  %s %-12s %5d\n", k, v.Desc, v.Qty)
		return true
	})
	for _, code := range []string{"K-450", "Q-000"} {
		p, ok := parts.Get(code)
		fmt.Printf("%s: %+v %t\n", code, p, ok)
	}
	var low []string
	parts.InOrder(func(k string, v Part) bool {
		if v.Qty < 100 {
			low = append(low, k)
		}
		return len(low) < 2
	})
	fmt.Println("first low-stock:", strings.Join(low, ","))

	prices := &Tree[float64, []string]{}
	for _, x := range []struct {
		p float64
		n string
	}{{9.99, "a"}, {4.5, "b"}, {9.99, "c"}, {15, "d"}} {
		old, _ := prices.Get(x.p)
		prices.Put(x.p, append(old, x.n))
	}
	prices.InOrder(func(k float64, v []string) bool {
		fmt.Print(k, v, " ")
		return true
	})
	fmt.Println()
	fmt.Printf("%T\n", prices)
}

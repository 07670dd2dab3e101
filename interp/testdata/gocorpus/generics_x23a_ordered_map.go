package main

import (
	"cmp"
	"fmt"
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

func (m *TreeMap[K, V]) Put(k K, v V) {
	p := &m.root
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
	m.size++
}

func (m *TreeMap[K, V]) Get(k K) (V, bool) {
	n := m.root
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

func (m *TreeMap[K, V]) All() func(yield func(K, V) bool) {
	return func(yield func(K, V) bool) {
		var walk func(n *node[K, V]) bool
		walk = func(n *node[K, V]) bool {
			if n == nil {
				return true
			}
			return walk(n.left) && yield(n.key, n.val) && walk(n.right)
		}
		walk(m.root)
	}
}

func (m *TreeMap[K, V]) Height() int {
	var h func(*node[K, V]) int
	h = func(n *node[K, V]) int {
		if n == nil {
			return 0
		}
		return 1 + max(h(n.left), h(n.right))
	}
	return h(m.root)
}

func (m *TreeMap[K, V]) String() string {
	var parts []string
	for k, v := range m.All() {
		parts = append(parts, fmt.Sprintf("%v:%v", k, v))
	}
	return "{" + strings.Join(parts, " ") + "}"
}

type Symbol struct {
	Kind  string
	Depth int
}

func main() {
	syms := &TreeMap[string, Symbol]{}
	for i, w := range strings.Fields("main fmt x y main Println err x") {
		kind := "var"
		if strings.ToUpper(w[:1]) == w[:1] {
			kind = "func"
		}
		syms.Put(w, Symbol{kind, i})
	}
	fmt.Println(syms, syms.size, syms.Height())
	if s, ok := syms.Get("x"); ok {
		fmt.Printf("%+v\n", s)
	}
	_, ok := syms.Get("nope")
	fmt.Println(ok)
	nums := &TreeMap[float64, []int]{}
	for i, f := range []float64{3.5, -1, 2, 3.5, 0} {
		v, _ := nums.Get(f)
		nums.Put(f, append(v, i))
	}
	for k, v := range nums.All() {
		if k > 2 {
			break
		}
		fmt.Print(k, v, " ")
	}
	fmt.Println()
	fmt.Println(nums)
}

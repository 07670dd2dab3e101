package main

import (
	"cmp"
	"fmt"
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

func (t *Tree[K, V]) Get(k K) (v V, ok bool) {
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
	return
}

func (t *Tree[K, V]) Each(f func(K, V)) {
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

type Pair[A, B any] struct {
	First  A
	Second B
}

func (p Pair[A, B]) String() string { return fmt.Sprintf("<%v, %v>", p.First, p.Second) }

type Option[T any] struct {
	val T
	ok  bool
}

func Some[T any](v T) Option[T] { return Option[T]{v, true} }
func None[T any]() Option[T]    { return Option[T]{} }
func (o Option[T]) OrElse(d T) T {
	if o.ok {
		return o.val
	}
	return d
}

type Stringer interface{ String() string }

func JoinAll[T Stringer](xs []T, sep string) string {
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = x.String()
	}
	return strings.Join(parts, sep)
}

func Lookup[K cmp.Ordered, V any](t *Tree[K, V], k K) Option[V] {
	if v, ok := t.Get(k); ok {
		return Some(v)
	}
	return None[V]()
}

func main() {
	var t Tree[string, int]
	for i, w := range strings.Fields("m d x a f q z d m") {
		t.Put(w, i)
	}
	var pairs []Pair[string, int]
	t.Each(func(k string, v int) { pairs = append(pairs, Pair[string, int]{k, v}) })
	fmt.Println(JoinAll(pairs, " "))
	fmt.Println("size", t.size, "height", t.Height())
	fmt.Println(Lookup(&t, "f").OrElse(-1), Lookup(&t, "nope").OrElse(-1))

	nums := &Tree[float64, []string]{}
	nums.Put(2.5, []string{"a"})
	nums.Put(-1, nil)
	nums.Put(10, []string{"b", "c"})
	nums.Each(func(k float64, v []string) { fmt.Printf("%g=%v(%d) ", k, v, len(v)) })
	fmt.Println()
	fmt.Printf("%v %+v %T\n", Some(3), None[string](), Pair[int, bool]{})
}

package main

import (
	"fmt"
	"slices"
	"strings"
)

// A generic TTL-free cache and a generic linked list. Pitfalls: type inference
// cannot infer a return-only type parameter; ~string matches named strings;
// pointer-method constraints need the pointer type.

type Cache[K comparable, V any] struct {
	data  map[K]V
	order []K
	limit int
}

func NewCache[K comparable, V any](limit int) *Cache[K, V] {
	return &Cache[K, V]{data: make(map[K]V), limit: limit}
}

func (c *Cache[K, V]) Put(k K, v V) {
	if _, ok := c.data[k]; !ok {
		c.order = append(c.order, k)
		if len(c.order) > c.limit {
			oldest := c.order[0]
			c.order = c.order[1:]
			delete(c.data, oldest)
		}
	}
	c.data[k] = v
}

func (c *Cache[K, V]) Get(k K) (V, bool) {
	v, ok := c.data[k]
	return v, ok
}

type List[T any] struct {
	head *node[T]
	size int
}

type node[T any] struct {
	val  T
	next *node[T]
}

func (l *List[T]) PushFront(v T) { l.head = &node[T]{v, l.head}; l.size++ }

func (l *List[T]) Each(f func(T)) {
	for n := l.head; n != nil; n = n.next {
		f(n.val)
	}
}

func Zero[T any]() T {
	var z T
	return z
}

type Slug string

func Join[S ~string](parts []S, sep string) S {
	ss := make([]string, len(parts))
	for i, p := range parts {
		ss[i] = string(p)
	}
	return S(strings.Join(ss, sep))
}

type Resetter[T any] interface {
	*T
	Reset()
}

type Counter struct{ N int }

func (c *Counter) Reset() { c.N = 0 }

func ResetAll[T any, PT Resetter[T]](items []T) {
	for i := range items {
		PT(&items[i]).Reset()
	}
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func main() {
	c := NewCache[string, int](2)
	c.Put("a", 1)
	c.Put("b", 2)
	c.Put("a", 10)
	c.Put("c", 3)
	for _, k := range []string{"a", "b", "c"} {
		v, ok := c.Get(k)
		fmt.Print(k, "=", v, ",", ok, " ")
	}
	fmt.Println()

	var l List[[2]int]
	l.PushFront([2]int{1, 2})
	l.PushFront([2]int{3, 4})
	l.Each(func(p [2]int) { fmt.Print(p, " ") })
	fmt.Println(l.size)

	fmt.Printf("%q %v %v\n", Zero[string](), Zero[*int]() == nil, Zero[[]int]() == nil)

	slug := Join([]Slug{"go", "generics", "101"}, "-")
	fmt.Printf("%v %T\n", slug, slug)

	counters := []Counter{{3}, {5}}
	ResetAll(counters)
	fmt.Println(counters)

	total := Reduce([]string{"a", "bb", "ccc"}, 0, func(n int, s string) int { return n + len(s) })
	joined := Reduce([]int{1, 2, 3}, "", func(s string, n int) string { return s + fmt.Sprint(n) })
	fmt.Println(total, joined)

	idx := slices.IndexFunc([]Slug{"x", "go"}, func(s Slug) bool { return s == "go" })
	fmt.Println(idx)
	fmt.Printf("%T %T\n", c, l)
}

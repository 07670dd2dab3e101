package main

import (
	"cmp"
	"fmt"
	"iter"
	"slices"
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

// All yields key/value pairs in order.
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

// Keys uses an explicit stack instead of recursion.
func (t *Tree[K, V]) Keys() iter.Seq[K] {
	return func(yield func(K) bool) {
		var stack []*node[K, V]
		n := t.root
		for n != nil || len(stack) > 0 {
			for n != nil {
				stack = append(stack, n)
				n = n.left
			}
			n = stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			if !yield(n.key) {
				return
			}
			n = n.right
		}
	}
}

func Filter[T any](seq iter.Seq[T], pred func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range seq {
			if pred(v) && !yield(v) {
				return
			}
		}
	}
}

func Take[T any](seq iter.Seq[T], n int) iter.Seq[T] {
	return func(yield func(T) bool) {
		if n <= 0 {
			return
		}
		i := 0
		for v := range seq {
			if !yield(v) {
				return
			}
			i++
			if i == n {
				return
			}
		}
	}
}

func main() {
	t := &Tree[string, int]{}
	for i, w := range strings.Fields("the quick brown fox jumps over the lazy dog and the cat") {
		t.Put(w, i)
	}
	fmt.Println("size", t.size)
	for k, v := range t.All() {
		fmt.Printf("%s:%d ", k, v)
	}
	fmt.Println()
	long := Filter(t.Keys(), func(s string) bool { return len(s) > 3 })
	fmt.Println(slices.Collect(long))
	fmt.Println(slices.Collect(Take(t.Keys(), 3)))

	for k := range t.Keys() {
		if k > "f" {
			fmt.Println("first after f:", k)
			break
		}
	}
	nums := &Tree[int, struct{}]{}
	for _, n := range []int{50, 30, 70, 20, 40, 60, 80, 35} {
		nums.Put(n, struct{}{})
	}
	evens := Filter(nums.Keys(), func(n int) bool { return n%20 == 0 })
	fmt.Println(slices.Collect(evens), slices.Sorted(Take(nums.Keys(), 4)))
	next, stop := iter.Pull(nums.Keys())
	defer stop()
	a, ok1 := next()
	b, ok2 := next()
	fmt.Println(a, ok1, b, ok2)
}

package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

func Count(start int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := start; ; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func FilterSeq[T any](seq iter.Seq[T], pred func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range seq {
			if pred(v) && !yield(v) {
				return
			}
		}
	}
}

func MapSeq[T, U any](seq iter.Seq[T], f func(T) U) iter.Seq[U] {
	return func(yield func(U) bool) {
		for v := range seq {
			if !yield(f(v)) {
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

func Enumerate[T any](s []T) iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		for i, v := range s {
			if !yield(i, v) {
				return
			}
		}
	}
}

type Tree struct {
	Left, Right *Tree
	Val         int
}

func (t *Tree) Insert(v int) *Tree {
	if t == nil {
		return &Tree{Val: v}
	}
	if v < t.Val {
		t.Left = t.Left.Insert(v)
	} else {
		t.Right = t.Right.Insert(v)
	}
	return t
}

func (t *Tree) All() iter.Seq[int] {
	return func(yield func(int) bool) { t.walk(yield) }
}

func (t *Tree) walk(yield func(int) bool) bool {
	if t == nil {
		return true
	}
	return t.Left.walk(yield) && yield(t.Val) && t.Right.walk(yield)
}

func main() {
	isPrime := func(n int) bool {
		if n < 2 {
			return false
		}
		for d := 2; d*d <= n; d++ {
			if n%d == 0 {
				return false
			}
		}
		return true
	}
	primes := slices.Collect(Take(FilterSeq(Count(1), isPrime), 10))
	fmt.Println(primes)
	sq := MapSeq(Take(Count(1), 5), func(i int) string { return strings.Repeat("*", i) })
	for s := range sq {
		fmt.Println(s)
	}
	for i, w := range Enumerate([]string{"x", "y", "z"}) {
		if i == 2 {
			break
		}
		fmt.Print(i, w, " ")
	}
	fmt.Println()

	var root *Tree
	for _, v := range []int{50, 30, 70, 20, 40, 60, 80, 35} {
		root = root.Insert(v)
	}
	for v := range root.All() {
		if v > 60 {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()

	m := map[string]int{"pear": 3, "apple": 1, "fig": 2}
	keys := slices.Sorted(maps.Keys(m))
	fmt.Println(keys)
	for i, v := range slices.Backward(keys) {
		fmt.Print(i, ":", v, " ")
	}
	fmt.Println()
	for range 3 {
		fmt.Print(".")
	}
	fmt.Println()
	next, stop := iter.Pull(root.All())
	defer stop()
	a, ok1 := next()
	b, ok2 := next()
	fmt.Println(a, ok1, b, ok2)
}

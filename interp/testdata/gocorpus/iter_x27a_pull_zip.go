package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

func Count(start, step int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := start; ; i += step {
			if !yield(i) {
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

func Zip[A, B any](a iter.Seq[A], b iter.Seq[B]) iter.Seq2[A, B] {
	return func(yield func(A, B) bool) {
		nextB, stop := iter.Pull(b)
		defer stop()
		for va := range a {
			vb, ok := nextB()
			if !ok || !yield(va, vb) {
				return
			}
		}
	}
}

func Lines(s string) iter.Seq2[int, string] {
	return func(yield func(int, string) bool) {
		for i, l := range strings.Split(strings.TrimSpace(s), "\n") {
			if !yield(i+1, l) {
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

func (t *Tree) InOrder(yield func(int) bool) bool {
	if t == nil {
		return true
	}
	return t.Left.InOrder(yield) && yield(t.Val) && t.Right.InOrder(yield)
}

func (t *Tree) All() iter.Seq[int] {
	return func(yield func(int) bool) { t.InOrder(yield) }
}

func main() {
	fmt.Println(slices.Collect(Take(Count(10, 5), 4)))
	for a, b := range Zip(Count(1, 1), slices.Values([]string{"x", "y", "z"})) {
		fmt.Print(a, b, " ")
	}
	fmt.Println()
	for n, l := range Lines("alpha\nbeta\ngamma\ndelta") {
		if n == 3 {
			continue
		}
		fmt.Printf("%d:%s ", n, l)
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
	next, stop := iter.Pull(root.All())
	a, _ := next()
	b, _ := next()
	stop()
	_, ok := next()
	fmt.Println(a, b, ok)
	m := map[string]int{"b": 2, "a": 1, "c": 3}
	keys := slices.Sorted(maps.Keys(m))
	fmt.Println(keys, slices.Collect(Take(slices.Values(keys), 2)))
	for i, v := range slices.Backward([]string{"p", "q", "r"}) {
		fmt.Print(i, v, ";")
	}
	fmt.Println()
}

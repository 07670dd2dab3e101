package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

func Filter[T any](seq iter.Seq[T], keep func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range seq {
			if keep(v) && !yield(v) {
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

func Naturals() iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 1; ; i++ {
			if !yield(i) {
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
	return func(yield func(int) bool) {
		t.walk(yield)
	}
}

func (t *Tree) walk(yield func(int) bool) bool {
	if t == nil {
		return true
	}
	return t.Left.walk(yield) && yield(t.Val) && t.Right.walk(yield)
}

func main() {
	squaresOfOdd := MapSeq(Filter(Naturals(), func(n int) bool { return n%2 == 1 }), func(n int) int { return n * n })
	fmt.Println(slices.Collect(Take(squaresOfOdd, 6)))

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

	stock := map[string]int{"pear": 3, "apple": 7, "fig": 0, "kiwi": 12}
	keys := slices.Sorted(maps.Keys(stock))
	fmt.Println(keys)
	total := 0
	for _, v := range maps.All(stock) {
		total += v
	}
	fmt.Println("total", total)

	upper := slices.Collect(MapSeq(slices.Values(keys), strings.ToUpper))
	fmt.Println(upper, len(upper))

	for i := range 3 {
		fmt.Print(i, ";")
	}
	fmt.Println()

	for i, w := range strings.Fields("one two three") {
		fmt.Printf("%d:%s ", i, w)
	}
	fmt.Println()
	for part := range strings.SplitSeq("a,b,,c", ",") {
		fmt.Printf("%q ", part)
	}
	fmt.Println()

	next, stop := iter.Pull(root.All())
	defer stop()
	for range 3 {
		v, ok := next()
		fmt.Print(v, ok, " ")
	}
	fmt.Println()

	for i, v := range slices.Backward([]int{1, 2, 3}) {
		fmt.Print(i, "=", v, " ")
	}
	fmt.Println()
}

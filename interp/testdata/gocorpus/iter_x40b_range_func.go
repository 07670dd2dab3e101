package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

func Countdown(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := n; i > 0; i-- {
			if !yield(i) {
				fmt.Println("  (stopped early at", i, ")")
				return
			}
		}
	}
}

func Enumerate[T any](xs []T) iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		for i, x := range xs {
			if !yield(i, x) {
				return
			}
		}
	}
}

func Filter[T any](seq iter.Seq[T], keep func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range seq {
			if keep(v) && !yield(v) {
				return
			}
		}
	}
}

func Fib() iter.Seq[int] {
	return func(yield func(int) bool) {
		a, b := 0, 1
		for {
			if !yield(a) {
				return
			}
			a, b = b, a+b
		}
	}
}

type Tree struct {
	Left, Right *Tree
	Val         int
}

func (t *Tree) walk(yield func(int) bool) bool {
	if t == nil {
		return true
	}
	return t.Left.walk(yield) && yield(t.Val) && t.Right.walk(yield)
}

func (t *Tree) All(yield func(int) bool) { t.walk(yield) }

func main() {
	for i := range Countdown(3) {
		fmt.Print(i, " ")
	}
	fmt.Println()
	for i := range Countdown(10) {
		if i == 7 {
			break
		}
		fmt.Println("got", i)
	}
	for i, s := range Enumerate([]string{"x", "y"}) {
		fmt.Println(i, s)
	}
	evens := Filter(Fib(), func(n int) bool { return n%2 == 0 })
	var got []int
	for v := range evens {
		if v > 1000 {
			break
		}
		got = append(got, v)
	}
	fmt.Println(got)

	t := &Tree{Val: 5, Left: &Tree{Val: 2, Right: &Tree{Val: 3}}, Right: &Tree{Val: 9}}
	for v := range t.All {
		fmt.Print(v, " ")
		if v == 5 {
			break
		}
	}
	fmt.Println()

	m := map[string]int{"b": 2, "a": 1, "c": 3}
	keys := slices.Collect(maps.Keys(m))
	slices.Sort(keys)
	fmt.Println(keys, slices.Sorted(maps.Values(m)))
	for i, w := range slices.Backward([]string{"p", "q", "r"}) {
		fmt.Print(i, w, " ")
	}
	fmt.Println()
	fmt.Println(slices.Collect(strings.SplitSeq("a-b-c", "-")))
	for part := range strings.FieldsSeq(" one two  three ") {
		fmt.Print("<", part, ">")
	}
	fmt.Println()

	next, stop := iter.Pull(Countdown(3))
	defer stop()
	for {
		v, ok := next()
		if !ok {
			break
		}
		fmt.Print(v, ";")
	}
	fmt.Println()

	// defer inside range-over-func body runs when enclosing function returns
	func() {
		for v := range Countdown(2) {
			defer fmt.Println("deferred", v)
		}
		fmt.Println("loop done")
	}()
}

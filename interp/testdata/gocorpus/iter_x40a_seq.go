package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
)

type List[T any] struct {
	head, tail *element[T]
}

type element[T any] struct {
	next *element[T]
	val  T
}

func (lst *List[T]) Push(v T) {
	e := &element[T]{val: v}
	if lst.tail == nil {
		lst.head = e
	} else {
		lst.tail.next = e
	}
	lst.tail = e
}

func (lst *List[T]) All() iter.Seq[T] {
	return func(yield func(T) bool) {
		for e := lst.head; e != nil; e = e.next {
			if !yield(e.val) {
				return
			}
		}
	}
}

func genFib() iter.Seq[int] {
	return func(yield func(int) bool) {
		a, b := 1, 1
		for {
			if !yield(a) {
				return
			}
			a, b = b, a+b
		}
	}
}

func Enumerate[T any](s iter.Seq[T]) iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		i := 0
		for v := range s {
			if !yield(i, v) {
				return
			}
			i++
		}
	}
}

func Filter[T any](s iter.Seq[T], pred func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range s {
			if pred(v) && !yield(v) {
				return
			}
		}
	}
}

func main() {
	lst := List[int]{}
	lst.Push(10)
	lst.Push(13)
	lst.Push(23)
	for e := range lst.All() {
		fmt.Println(e)
	}
	all := slices.Collect(lst.All())
	fmt.Println("all:", all)

	for n := range genFib() {
		if n >= 50 {
			break
		}
		fmt.Print(n, " ")
	}
	fmt.Println()

	for i, v := range Enumerate(Filter(genFib(), func(n int) bool { return n%2 == 0 })) {
		if i == 4 {
			break
		}
		fmt.Println(i, v)
	}

	m := map[string]int{"x": 1, "y": 2, "z": 3}
	for k, v := range maps.All(m) {
		_ = k
		_ = v
	}
	fmt.Println(slices.Sorted(maps.Values(m)))
	next, stop := iter.Pull(genFib())
	defer stop()
	for range 5 {
		v, ok := next()
		fmt.Print(v, ok, " ")
	}
	fmt.Println()
	for i, s := range slices.Backward([]string{"a", "b", "c"}) {
		fmt.Print(i, s, " ")
	}
	fmt.Println()
}

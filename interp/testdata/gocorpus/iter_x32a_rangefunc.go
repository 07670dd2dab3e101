package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

// Countdown yields n, n-1, ..., 1.
func Countdown(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := n; i > 0; i-- {
			if !yield(i) {
				return
			}
		}
	}
}

// Filter keeps the values for which keep returns true.
func Filter[V any](seq iter.Seq[V], keep func(V) bool) iter.Seq[V] {
	return func(yield func(V) bool) {
		for v := range seq {
			if keep(v) && !yield(v) {
				return
			}
		}
	}
}

// Enumerate pairs each value with its position.
func Enumerate[V any](seq iter.Seq[V]) iter.Seq2[int, V] {
	return func(yield func(int, V) bool) {
		i := 0
		for v := range seq {
			if !yield(i, v) {
				return
			}
			i++
		}
	}
}

type List[T any] struct {
	head *node[T]
}

type node[T any] struct {
	val  T
	next *node[T]
}

func (l *List[T]) Push(v T) { l.head = &node[T]{v, l.head} }

func (l *List[T]) All() iter.Seq[T] {
	return func(yield func(T) bool) {
		for n := l.head; n != nil; n = n.next {
			if !yield(n.val) {
				return
			}
		}
	}
}

func main() {
	for i := range Countdown(5) {
		fmt.Print(i, " ")
	}
	fmt.Println("liftoff")

	even := Filter(Countdown(10), func(n int) bool { return n%2 == 0 })
	fmt.Println("even:", slices.Collect(even))

	for i, v := range Enumerate(Countdown(3)) {
		fmt.Printf("%d:%d ", i, v)
	}
	fmt.Println()

	// breaking early stops the iterator
	for v := range Countdown(100) {
		if v < 97 {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()

	var l List[string]
	for _, w := range strings.Fields("c b a") {
		l.Push(w)
	}
	fmt.Println("list:", slices.Collect(l.All()))

	ages := map[string]int{"carol": 41, "alice": 30, "bob": 25}
	for _, k := range slices.Sorted(maps.Keys(ages)) {
		fmt.Printf("%s=%d ", k, ages[k])
	}
	fmt.Println()
	vals := slices.Sorted(maps.Values(ages))
	fmt.Println("sorted values:", vals)

	for i, s := range slices.Backward([]string{"x", "y", "z"}) {
		fmt.Print(i, s, " ")
	}
	fmt.Println()

	// range over int
	for i := range 3 {
		fmt.Print("tick", i, " ")
	}
	fmt.Println()

	// pull iterator
	next, stop := iter.Pull(Countdown(3))
	defer stop()
	for {
		v, ok := next()
		if !ok {
			break
		}
		fmt.Print("pulled ", v, "; ")
	}
	fmt.Println()

	upper := maps.Collect(func(yield func(string, int) bool) {
		for k, v := range ages {
			if !yield(strings.ToUpper(k), v+1) {
				return
			}
		}
	})
	fmt.Println(upper)
}

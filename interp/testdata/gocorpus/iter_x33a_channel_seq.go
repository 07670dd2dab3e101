package main

import (
	"fmt"
	"iter"
	"slices"
	"strings"
)

// FromChan adapts a channel into an iterator.
func FromChan[T any](c <-chan T) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range c {
			if !yield(v) {
				return
			}
		}
	}
}

// ToChan runs a sequence in a goroutine, stopping when done closes.
func ToChan[T any](done <-chan struct{}, seq iter.Seq[T]) <-chan T {
	out := make(chan T)
	go func() {
		defer close(out)
		for v := range seq {
			select {
			case out <- v:
			case <-done:
				return
			}
		}
	}()
	return out
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

func Filter[T any](seq iter.Seq[T], keep func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range seq {
			if keep(v) && !yield(v) {
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
	done := make(chan struct{})
	evens := Filter(Fib(), func(n int) bool { return n%2 == 0 })
	c := ToChan(done, Take(evens, 8))
	fmt.Println(slices.Collect(FromChan(c)))
	close(done)

	next, stop := iter.Pull(Take(Fib(), 5))
	defer stop()
	for {
		v, ok := next()
		if !ok {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()

	words := make(chan string, 4)
	for _, w := range strings.Fields("iter seq over channels") {
		words <- w
	}
	close(words)
	for i, w := range slices.All(slices.Collect(FromChan(words))) {
		fmt.Printf("%d:%s ", i, w)
	}
	fmt.Println()
	fmt.Println(slices.Sorted(Take(Filter(Fib(), func(n int) bool { return n > 10 }), 4)))
}

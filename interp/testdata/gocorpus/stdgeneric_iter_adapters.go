// Exercises: writing Filter/Map/Take adapters over iter.Seq and composing them.
package main

import (
	"fmt"
	"iter"
	"slices"
)

func Naturals() iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 1; ; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func Filter[T any](s iter.Seq[T], f func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range s {
			if f(v) && !yield(v) {
				return
			}
		}
	}
}

func Map[T, U any](s iter.Seq[T], f func(T) U) iter.Seq[U] {
	return func(yield func(U) bool) {
		for v := range s {
			if !yield(f(v)) {
				return
			}
		}
	}
}

func Take[T any](s iter.Seq[T], n int) iter.Seq[T] {
	return func(yield func(T) bool) {
		i := 0
		for v := range s {
			if i >= n || !yield(v) {
				return
			}
			i++
		}
	}
}

func main() {
	odds := Filter(Naturals(), func(n int) bool { return n%2 == 1 })
	sq := Map(odds, func(n int) string { return fmt.Sprint(n * n) })
	fmt.Println(slices.Collect(Take(sq, 6)))
}

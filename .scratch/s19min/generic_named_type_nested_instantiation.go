package main

import (
	"cmp"
	"fmt"
)

func Values[E any](xs []E) func(func(E) bool) {
	return func(yield func(E) bool) {
		for _, x := range xs {
			if !yield(x) {
				return
			}
		}
	}
}

func Collect[E any](seq func(func(E) bool)) []E {
	var out []E
	seq(func(e E) bool { out = append(out, e); return true })
	return out
}

func SortedG[E cmp.Ordered](seq func(func(E) bool)) []E {
	s := Collect(seq)
	return s
}

func Sorted[T cmp.Ordered](xs []T) []T { return SortedG[T](Values(xs)) }

type Color string

func main() {
	fmt.Println(Sorted[Color]([]Color{"red", "blue"}))
}

// Exercises: generic sliding-window iterator yielding subslices, Enumerate adapter to Seq2, break out of nested range-over-func with a label
package main

import (
	"fmt"
	"iter"
	"slices"
)

func Windows[T any](xs []T, n int) iter.Seq[[]T] {
	return func(yield func([]T) bool) {
		for i := 0; i+n <= len(xs); i++ {
			if !yield(xs[i : i+n : i+n]) {
				return
			}
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

func main() {
	data := []int{3, 1, 4, 1, 5, 9, 2, 6}
	for i, w := range Enumerate(Windows(data, 3)) {
		s := 0
		for _, v := range w {
			s += v
		}
		fmt.Println(i, w, s)
	}
	ws := slices.Collect(Windows([]string{"a", "b", "c"}, 2))
	ws[0] = append(ws[0], "z")
	fmt.Println(ws, len(ws))
outer:
	for i, w := range Enumerate(Windows(data, 2)) {
		for v := range slices.Values(w) {
			if v == 9 {
				fmt.Println("found 9 in window", i)
				break outer
			}
		}
	}
	fmt.Println("done")
}

package main

import (
	"fmt"
	"iter"
	"slices"
)

type Pred[T any] func(T) bool

func Sum[T ~float64](xs iter.Seq[T]) T {
	var s T
	for x := range xs {
		s += x
	}
	return s
}

func Filter[T any](xs []T, keep Pred[T]) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func main() {
	sq := func(yield func(float64) bool) {
		_ = yield(1) && yield(2.5)
	}
	fmt.Println(Sum(iter.Seq[float64](sq)))
	seq := iter.Seq[float64](sq)
	fmt.Println(slices.Collect(seq))
	even := Pred[int](func(n int) bool { return n%2 == 0 })
	fmt.Println(Filter([]int{1, 2, 3, 4}, even))
}

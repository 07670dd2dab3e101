package main

import (
	"fmt"
	"math"
	"slices"
)

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Zip[T any](a, b []T, f func(T, T) T) []T {
	if len(a) != len(b) {
		panic("zip: length mismatch")
	}
	out := make([]T, len(a))
	for i := range a {
		out[i] = f(a[i], b[i])
	}
	return out
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func main() {
	x := []float64{-2, -0.5, 0, 0.5, 2}
	sq := Map(x, func(v float64) float64 { return v * v })
	dsq := Map(x, func(v float64) float64 { return 2 * v })
	num := Map(x, func(v float64) float64 {
		return ((v+1e-4)*(v+1e-4) - (v-1e-4)*(v-1e-4)) / 2e-4
	})
	diff := Zip(dsq, num, func(a, b float64) float64 { return math.Abs(a - b) })
	total := Reduce(diff, 0.0, func(a, b float64) float64 { return a + b })
	fmt.Println(sq)
	fmt.Printf("%.3f\n", num)
	fmt.Println("sum diff tiny:", total < 1e-9)
	pairs := Map(x, func(v float64) Pair[string, float64] {
		return Pair[string, float64]{fmt.Sprintf("x=%g", v), v * v * v}
	})
	slices.SortFunc(pairs, func(a, b Pair[string, float64]) int {
		return -1 * cmpF(a.Val, b.Val)
	})
	fmt.Printf("%+v\n", pairs)
	idx := slices.IndexFunc(x, func(v float64) bool { return v > 0 })
	fmt.Println(idx, slices.Max(sq), slices.Contains(x, 0.5))
	defer func() { fmt.Println("panic:", recover()) }()
	Zip(x, sq[:2], func(a, b float64) float64 { return a })
}

func cmpF(a, b float64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

package main

import (
	"fmt"
	"strconv"
	"strings"
)

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Filter[T any](xs []T, pred func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if pred(x) {
			out = append(out, x)
		}
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

type Number interface {
	~int | ~int64 | ~float64
}

func Sum[T Number](xs []T) T {
	return Reduce(xs, T(0), func(a, b T) T { return a + b })
}

func main() {
	nums := []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
	squares := Map(nums, func(n int) int { return n * n })
	evens := Filter(squares, func(n int) bool { return n%2 == 0 })
	fmt.Println(squares)
	fmt.Println(evens)
	fmt.Println(Sum(evens))

	strs := Map(nums, strconv.Itoa)
	fmt.Println(strings.Join(strs, ","))
	fmt.Printf("%q\n", strs[:3])

	words := strings.Fields("go is fun and python is fun too")
	lens := Map(words, func(s string) int { return len(s) })
	fmt.Println(lens, Sum(lens))
	longest := Reduce(words, "", func(best, w string) string {
		if len(w) > len(best) {
			return w
		}
		return best
	})
	fmt.Println("longest:", longest)

	prices := []float64{1.5, 2.25, 3.0}
	fmt.Printf("%.2f\n", Sum(prices))
	upper := Map(Filter(words, func(s string) bool { return len(s) > 2 }), strings.ToUpper)
	fmt.Printf("%v %T\n", upper, upper)
}

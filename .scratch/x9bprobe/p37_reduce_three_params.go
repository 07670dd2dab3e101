package main

import (
	"fmt"
	"strconv"
)

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func Zip[A, B, C any](as []A, bs []B, f func(A, B) C) []C {
	n := min(len(as), len(bs))
	out := make([]C, n)
	for i := range n {
		out[i] = f(as[i], bs[i])
	}
	return out
}

func main() {
	fmt.Println(Reduce([]int{1, 2, 3}, "", func(a string, x int) string { return a + strconv.Itoa(x) }))
	fmt.Println(Reduce([]string{"a", "bb"}, 0, func(n int, s string) int { return n + len(s) }))
	fmt.Println(Zip([]string{"a", "b", "c"}, []int{1, 2}, func(s string, n int) string { return s + strconv.Itoa(n) }))
}

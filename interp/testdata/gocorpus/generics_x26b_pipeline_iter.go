package main

import (
	"fmt"
	"iter"
	"slices"
	"strconv"
	"strings"
)

func Map[T, U any](seq iter.Seq[T], f func(T) U) iter.Seq[U] {
	return func(yield func(U) bool) {
		for v := range seq {
			if !yield(f(v)) {
				return
			}
		}
	}
}

func Filter[T any](seq iter.Seq[T], pred func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range seq {
			if pred(v) && !yield(v) {
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

func Naturals() iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 1; ; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func Reduce[T, A any](seq iter.Seq[T], acc A, f func(A, T) A) A {
	for v := range seq {
		acc = f(acc, v)
	}
	return acc
}

type Number interface {
	~int | ~int64 | ~float64
}

func Sum[N Number](seq iter.Seq[N]) N {
	return Reduce(seq, N(0), func(a, b N) N { return a + b })
}

type Celsius float64

func Enumerate[T any](s []T) iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		for i, v := range s {
			if !yield(i*10, v) {
				return
			}
		}
	}
}

func main() {
	squares := Map(Naturals(), func(i int) int { return i * i })
	odd := Filter(squares, func(i int) bool { return i%2 == 1 })
	fmt.Println(slices.Collect(Take(odd, 6)))
	fmt.Println(Sum(Take(Naturals(), 100)))
	temps := slices.Values([]Celsius{21.5, 19, 23.25})
	fmt.Printf("%.2f %T\n", Sum(temps), Sum(temps))
	strs := Map(Take(Naturals(), 5), strconv.Itoa)
	fmt.Println(strings.Join(slices.Collect(strs), "-"))
	longest := Reduce(slices.Values(strings.Fields("a quick brown fox jumped")), "", func(a, s string) string {
		if len(s) > len(a) {
			return s
		}
		return a
	})
	fmt.Println(longest)
	for i, s := range Enumerate([]string{"x", "y", "z"}) {
		if i > 10 {
			break
		}
		fmt.Print(i, s, " ")
	}
	fmt.Println()
	for k, v := range slices.Backward([]string{"p", "q"}) {
		fmt.Print(k, v)
	}
	fmt.Println()
}

package main

import (
	"fmt"
	"iter"
	"slices"
	"strconv"
	"strings"
)

type Number interface {
	~int | ~int64 | ~float64
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
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

func Naturals() iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 1; ; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

type Celsius float64

func GroupBy[T any, K comparable](xs []T, key func(T) K) map[K][]T {
	m := make(map[K][]T)
	for _, x := range xs {
		k := key(x)
		m[k] = append(m[k], x)
	}
	return m
}

func main() {
	sq := Map([]int{1, 2, 3, 4}, func(x int) int { return x * x })
	strs := Map(sq, strconv.Itoa)
	fmt.Println(sq, strings.Join(strs, "+"), "=", Sum(sq...))
	temps := []Celsius{21.5, 19, 23.25}
	fmt.Printf("%.2f %T\n", Sum(temps...), Sum(temps...))
	isPrime := func(n int) bool {
		if n < 2 {
			return false
		}
		for d := 2; d*d <= n; d++ {
			if n%d == 0 {
				return false
			}
		}
		return true
	}
	primes := slices.Collect(Take(Filter(Naturals(), isPrime), 15))
	fmt.Println(primes)
	longest := Reduce(strings.Fields("go is an open source programming language"), "", func(a, w string) string {
		if len(w) > len(a) {
			return w
		}
		return a
	})
	fmt.Println("longest:", longest)
	g := GroupBy(primes, func(p int) int { return p % 10 })
	fmt.Println(g)
	for v := range Take(Filter(Naturals(), func(n int) bool { return n%7 == 0 }), 3) {
		fmt.Print(v, ";")
	}
	fmt.Println()
	fmt.Println(slices.Collect(Take(Naturals(), 0)) == nil)
}

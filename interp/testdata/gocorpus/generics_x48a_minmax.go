package main

import (
	"cmp"
	"fmt"
	"strings"
)

type Number interface {
	~int | ~int64 | ~float64
}

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func MaxOf[T cmp.Ordered](xs ...T) T {
	m := xs[0]
	for _, x := range xs[1:] {
		if x > m {
			m = x
		}
	}
	return m
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

type Celsius float64

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func main() {
	ints := []int{4, 8, 15, 16, 23, 42}
	fmt.Println(Sum(ints), MaxOf(ints...))
	temps := []Celsius{21.5, 19, 25.25}
	fmt.Printf("%.2f %T\n", Sum(temps), Sum(temps))
	fmt.Println(MaxOf("pear", "apple", "zucchini", "fig"))
	squares := Map(ints, func(n int) int { return n * n })
	fmt.Println(squares)
	evens := Filter(ints, func(n int) bool { return n%2 == 0 })
	fmt.Println(evens, len(evens))
	upper := Map([]string{"go", "is", "fun"}, strings.ToUpper)
	fmt.Printf("%q\n", upper)
	pairs := []Pair[string, int]{{"a", 1}, {"b", 2}}
	fmt.Printf("%v %+v\n", pairs, pairs[1])
	lens := Map([]string{"one", "three"}, func(s string) Pair[string, int] { return Pair[string, int]{s, len(s)} })
	fmt.Println(lens)
}

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
	return Reduce(xs, T(0), func(a T, b T) T { return a + b })
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
	nums := []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
	squares := Map(nums, func(n int) int { return n * n })
	evens := Filter(squares, func(n int) bool { return n%2 == 0 })
	fmt.Println(squares, evens, Sum(evens))
	strs := Map(nums, strconv.Itoa)
	fmt.Println(strings.Join(strs, ","))
	joined := Reduce(strs, "", func(a string, s string) string {
		if a == "" {
			return s
		}
		return a + "-" + s
	})
	fmt.Println(joined)
	temps := []Celsius{21.5, 19.0, 23.25}
	fmt.Printf("%.2f %T\n", Sum(temps), Sum(temps))
	words := strings.Fields("apple avocado banana blueberry cherry apricot")
	g := GroupBy(words, func(s string) byte { return s[0] })
	fmt.Println(len(g), g['a'], g['b'], g['c'])
	lens := GroupBy(words, func(s string) int { return len(s) })
	fmt.Println(lens)
	type pair struct {
		k string
		v int
	}
	pairs := Map(words, func(w string) pair { return pair{w, len(w)} })
	long := Filter(pairs, func(p pair) bool { return p.v > 6 })
	fmt.Printf("%v\n", long)
}

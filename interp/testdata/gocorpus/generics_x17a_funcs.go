package main

import (
	"cmp"
	"fmt"
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

func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
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

func Sum[T Number](xs []T) T { return Reduce(xs, T(0), func(a, b T) T { return a + b }) }

func Abs[T Number](x T) T {
	if x < 0 {
		return -x
	}
	return x
}

func MaxBy[T any, K cmp.Ordered](xs []T, key func(T) K) (best T) {
	for i, x := range xs {
		if i == 0 || key(x) > key(best) {
			best = x
		}
	}
	return
}

type Pair[A, B any] struct {
	First  A
	Second B
}

func Zip[A, B any](as []A, bs []B) []Pair[A, B] {
	n := min(len(as), len(bs))
	out := make([]Pair[A, B], n)
	for i := range n {
		out[i] = Pair[A, B]{as[i], bs[i]}
	}
	return out
}

type Celsius float64

const lists = `3   4
4   3
2   5
1   3
3   9
3   3`

func main() {
	var left, right []int
	for _, l := range strings.Split(lists, "\n") {
		f := Map(strings.Fields(l), func(s string) int { n, _ := strconv.Atoi(s); return n })
		left, right = append(left, f[0]), append(right, f[1])
	}
	pairs := Zip(left, right)
	fmt.Printf("%v\n%+v\n", pairs[:2], pairs[0])
	diffs := Map(pairs, func(p Pair[int, int]) int { return Abs(p.First - p.Second) })
	fmt.Println(diffs, Sum(diffs))
	counts := Reduce(right, map[int]int{}, func(m map[int]int, x int) map[int]int { m[x]++; return m })
	sim := Sum(Map(left, func(x int) int { return x * counts[x] }))
	fmt.Println(counts, sim)
	temps := []Celsius{-3.5, 12, 7.25, -10}
	fmt.Println(Sum(temps), Abs(temps[3]), MaxBy(temps, func(c Celsius) float64 { return float64(Abs(c)) }))
	evens := Filter(left, func(x int) bool { return x%2 == 0 })
	fmt.Println(evens, len(Filter([]string{"a", "", "b"}, func(s string) bool { return s != "" })))
	words := strings.Fields("apple fig banana kiwi cherry")
	fmt.Println(MaxBy(words, func(s string) int { return len(s) }), MaxBy(words, func(s string) string { return s }))
	fmt.Printf("%T %T\n", Zip(words, temps)[0], Sum[int64])
}

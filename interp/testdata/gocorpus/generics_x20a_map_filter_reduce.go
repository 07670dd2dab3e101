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

func Sum[N Number](xs []N) N {
	return Reduce(xs, N(0), func(a, b N) N { return a + b })
}

type Celsius float64

func Zip[A, B any](as []A, bs []B) []struct {
	First  A
	Second B
} {
	n := min(len(as), len(bs))
	out := make([]struct {
		First  A
		Second B
	}, n)
	for i := range n {
		out[i].First, out[i].Second = as[i], bs[i]
	}
	return out
}

func main() {
	nums := []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
	squares := Map(nums, func(n int) int { return n * n })
	evens := Filter(squares, func(n int) bool { return n%2 == 0 })
	fmt.Println(squares, evens, Sum(evens))
	strs := Map(nums, strconv.Itoa)
	fmt.Println(strings.Join(strs, "-"))
	joined := Reduce(strs, "", func(acc, s string) string { return acc + s })
	fmt.Println(joined, len(joined))
	temps := []Celsius{21.5, 19.0, 25.25}
	fmt.Printf("%.2f %T\n", Sum(temps), Sum(temps))
	avg := Sum(temps) / Celsius(len(temps))
	fmt.Printf("avg %.3f\n", avg)
	words := strings.Fields("the quick brown fox jumps over the lazy dog")
	lens := Map(words, func(s string) int { return len(s) })
	longest := Reduce(words, "", func(best, w string) string {
		if len(w) > len(best) {
			return w
		}
		return best
	})
	fmt.Println(lens, longest)
	for _, p := range Zip(words, lens) {
		fmt.Printf("%s:%d ", p.First, p.Second)
	}
	fmt.Println()
	fmt.Printf("%+v\n", Zip([]bool{true, false}, []float64{1.5}))
	counts := Reduce(words, map[byte]int{}, func(m map[byte]int, w string) map[byte]int {
		m[w[0]]++
		return m
	})
	fmt.Println(counts)
}

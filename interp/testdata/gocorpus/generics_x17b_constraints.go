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

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
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

func MaxBy[T any, K cmp.Ordered](xs []T, key func(T) K) (T, bool) {
	var best T
	if len(xs) == 0 {
		return best, false
	}
	best = xs[0]
	for _, x := range xs[1:] {
		if key(x) > key(best) {
			best = x
		}
	}
	return best, true
}

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1fC", float64(c)) }

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=>%v", p.Key, p.Val) }

func main() {
	fmt.Println(Sum([]int{1, 2, 3}))
	fmt.Println(Sum([]float64{1.5, 2.25}))
	temps := []Celsius{20.5, 22, 19.25}
	fmt.Println(Sum(temps))
	fmt.Println(Map([]int{1, 2, 3}, func(i int) string { return strings.Repeat("*", i) }))
	fmt.Println(Reduce([]string{"a", "b", "c"}, 0, func(n int, s string) int { return n + len(s) }))
	words := []string{"go", "gopher", "golang"}
	w, ok := MaxBy(words, func(s string) int { return len(s) })
	fmt.Println(w, ok)
	_, ok = MaxBy([]string{}, func(s string) int { return len(s) })
	fmt.Println(ok)
	ps := []Pair[string, int]{{"a", 1}, {"b", 2}}
	fmt.Println(ps)
	fmt.Printf("%v %+v %T\n", ps[0], ps[1], ps[0])
	best, _ := MaxBy(ps, func(p Pair[string, int]) int { return p.Val })
	fmt.Println(best)
	fmt.Println(Map(temps, Celsius.String))
}

package main

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
)

type Number interface {
	~int | ~int32 | ~int64 | ~float32 | ~float64
}

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Mean[T Number](xs []T) float64 {
	if len(xs) == 0 {
		return 0
	}
	return float64(Sum(xs)) / float64(len(xs))
}

type Meters float64
type Score int32

type Stringish interface {
	~string
}

func JoinAll[S Stringish](xs []S, sep S) S {
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = string(x)
	}
	return S(strings.Join(parts, string(sep)))
}

type Pair[A, B any] struct {
	First  A
	Second B
}

func (p Pair[A, B]) Swap() Pair[B, A] { return Pair[B, A]{p.Second, p.First} }
func (p Pair[A, B]) String() string   { return fmt.Sprintf("<%v, %v>", p.First, p.Second) }

func MapKV[K comparable, V any, R any](m map[K]V, f func(K, V) R) []R {
	var out []R
	for k, v := range m {
		out = append(out, f(k, v))
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

type Tag string

func main() {
	fmt.Println(Sum([]int{1, 2, 3}), Sum([]float64{0.5, 0.25}), Sum([]Meters{1.5, 2.5}), Sum([]Score{7, 8}))
	fmt.Printf("%.3f %.3f %T\n", Mean([]Score{1, 2, 4}), Mean([]int64{}), Sum([]Meters{1}))
	fmt.Println(JoinAll([]Tag{"go", "generics", "fun"}, "+"))
	p := Pair[string, int]{"age", 42}
	fmt.Println(p, p.Swap(), p.Swap().Swap() == p)
	fmt.Printf("%v %+v\n", []Pair[int, bool]{{1, true}, {2, false}}, p)
	strs := MapKV(map[string]int{"a": 1, "b": 2, "c": 3}, func(k string, v int) string { return k + "=" + strconv.Itoa(v) })
	slices.Sort(strs)
	fmt.Println(strs)
	longest := Reduce(strings.Fields("a quick brown fox jumped"), "", func(best, w string) string {
		if len(w) > len(best) {
			return w
		}
		return best
	})
	fmt.Println(longest, Reduce([]int{1, 2, 3, 4}, 1, func(a, x int) int { return a * x }))
	fmt.Println(slices.Max([]Meters{3, 9, 2}), slices.Index([]Tag{"x", "y"}, "y"), min(Score(3), 2))
}

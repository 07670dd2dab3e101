package main

import (
	"cmp"
	"fmt"
	"slices"
)

type Number interface {
	~int | ~int64 | ~float32 | ~float64
}

type Vec[T Number] []T

func (v Vec[T]) Dot(w Vec[T]) T {
	var s T
	for i := range v {
		s += v[i] * w[i]
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

func Zip[T Number](a, b Vec[T], f func(T, T) T) Vec[T] {
	out := make(Vec[T], len(a))
	for i := range a {
		out[i] = f(a[i], b[i])
	}
	return out
}

func ArgMax[T cmp.Ordered](xs []T) int {
	best := 0
	for i, x := range xs {
		if x > xs[best] {
			best = i
		}
	}
	return best
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func main() {
	w := Vec[float64]{0.5, -1, 2}
	x := Vec[float64]{1, 2, 3}
	fmt.Println("dot:", w.Dot(x))
	g := Zip(w, x, func(a, b float64) float64 { return a - 0.1*b })
	fmt.Printf("%v %T\n", g, g)
	iv := Vec[int]{1, 2, 3}
	fmt.Println("int dot:", iv.Dot(iv))
	labels := Map([]float64{0.1, 0.7, 0.2}, func(p float64) string { return fmt.Sprintf("%.0f%%", p*100) })
	fmt.Println(labels, ArgMax([]float64{0.1, 0.7, 0.2}))
	scores := []Pair[string, float64]{{"cat", 0.2}, {"dog", 0.5}, {"bird", 0.3}}
	slices.SortFunc(scores, func(a, b Pair[string, float64]) int { return cmp.Compare(b.Val, a.Val) })
	fmt.Printf("%+v\n", scores)
	fmt.Println(ArgMax([]string{"b", "z", "a"}))
}

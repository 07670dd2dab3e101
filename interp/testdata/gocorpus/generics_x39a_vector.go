package main

import (
	"cmp"
	"fmt"
	"math"
	"strings"
)

type Float interface{ ~float32 | ~float64 }

type Vec[T Float] []T

func (v Vec[T]) Dot(o Vec[T]) T {
	var s T
	for i := range v {
		s += v[i] * o[i]
	}
	return s
}

func (v Vec[T]) Norm() float64 { return math.Sqrt(float64(v.Dot(v))) }

func (v Vec[T]) Add(o Vec[T]) Vec[T] {
	out := make(Vec[T], len(v))
	for i := range v {
		out[i] = v[i] + o[i]
	}
	return out
}

func (v Vec[T]) Scale(k T) Vec[T] {
	return Map(v, func(x T) T { return x * k })
}

func Map[S ~[]E, E any, R any](s S, f func(E) R) []R {
	out := make([]R, len(s))
	for i, e := range s {
		out[i] = f(e)
	}
	return out
}

func Reduce[E, A any](s []E, init A, f func(A, E) A) A {
	acc := init
	for _, e := range s {
		acc = f(acc, e)
	}
	return acc
}

func ArgMax[E cmp.Ordered](s []E) int {
	best := 0
	for i := range s {
		if s[i] > s[best] {
			best = i
		}
	}
	return best
}

func Cosine[T Float](a, b Vec[T]) float64 {
	return float64(a.Dot(b)) / (a.Norm() * b.Norm())
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

func main() {
	a := Vec[float64]{1, 2, 3}
	b := Vec[float64]{4, 5, 6}
	fmt.Println(a.Add(b), a.Dot(b), fmt.Sprintf("%.4f", a.Norm()))
	fmt.Println(a.Scale(0.5))
	fmt.Printf("cos=%.4f\n", Cosine(a, b))

	f32 := Vec[float32]{0.5, 0.25}
	fmt.Printf("%T %v %v\n", f32, f32.Dot(f32), f32.Scale(2))

	words := map[string]Vec[float64]{
		"king":  {0.8, 0.3, 0.1},
		"queen": {0.79, 0.35, 0.12},
		"apple": {0.1, 0.9, 0.7},
	}
	q := words["king"]
	var scores []Pair[string, string]
	for _, w := range []string{"queen", "apple"} {
		scores = append(scores, Pair[string, string]{w, fmt.Sprintf("%.3f", Cosine(q, words[w]))})
	}
	fmt.Println(scores)

	lens := Map([]string{"alpha", "be", "gam"}, func(s string) int { return len(s) })
	fmt.Println(lens, ArgMax(lens))
	joined := Reduce([]string{"x", "y", "z"}, "", func(acc string, s string) string {
		return acc + strings.ToUpper(s)
	})
	sum := Reduce(a, 0.0, func(acc, x float64) float64 { return acc + x })
	fmt.Println(joined, sum)
	fmt.Println(ArgMax([]float64{0.1, 0.7, 0.2}), ArgMax([]string{"b", "c", "a"}))
}

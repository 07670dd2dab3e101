package main

import (
	"fmt"
	"strings"
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

func (v Vec[T]) Scale(a T) Vec[T] {
	out := make(Vec[T], len(v))
	for i, x := range v {
		out[i] = a * x
	}
	return out
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

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v:%v", p.Key, p.Val) }

type Weight float64

func main() {
	a := Vec[float64]{1, 2, 3}
	b := Vec[float64]{0.5, -1, 2}
	fmt.Println("dot:", a.Dot(b))
	fmt.Println("scale:", a.Scale(0.1))
	fmt.Println("sub:", Zip(a, b, func(x, y float64) float64 { return x - y }))
	iv := Vec[int]{3, 4}
	fmt.Println("int dot:", iv.Dot(iv))
	ws := Vec[Weight]{0.25, 0.75}
	fmt.Printf("%v %T\n", ws.Scale(2), ws.Dot(ws))
	names := Map([]float64{0.1, 0.2}, func(f float64) string { return fmt.Sprintf("%.1f", f) })
	fmt.Println(strings.Join(names, "|"))
	ps := []Pair[string, float64]{{"w1", -3}, {"w2", 1}}
	fmt.Println(ps)
	fmt.Printf("%v %+v\n", ps[0], ps[1])
	grads := Map(ps, func(p Pair[string, float64]) Pair[string, float64] {
		return Pair[string, float64]{"d" + p.Key, p.Val * 2}
	})
	fmt.Println(grads)
}

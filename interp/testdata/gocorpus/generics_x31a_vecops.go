package main

import (
	"fmt"
	"iter"
	"math"
)

type Number interface {
	~int | ~int32 | ~int64 | ~float32 | ~float64
}

type Vec[T Number] []T

func (v Vec[T]) Dot(o Vec[T]) T {
	var s T
	for i := range v {
		s += v[i] * o[i]
	}
	return s
}

func (v Vec[T]) Scale(a T) Vec[T] {
	out := make(Vec[T], len(v))
	for i, x := range v {
		out[i] = x * a
	}
	return out
}

func Map[T, U Number](v Vec[T], f func(T) U) Vec[U] {
	out := make(Vec[U], len(v))
	for i, x := range v {
		out[i] = f(x)
	}
	return out
}

func Reduce[T Number, A any](v Vec[T], init A, f func(A, T) A) A {
	acc := init
	for _, x := range v {
		acc = f(acc, x)
	}
	return acc
}

func Zip[T Number](a, b Vec[T]) iter.Seq2[T, T] {
	return func(yield func(T, T) bool) {
		for i := range min(len(a), len(b)) {
			if !yield(a[i], b[i]) {
				return
			}
		}
	}
}

func Norm[T Number](v Vec[T]) float64 {
	return math.Sqrt(float64(v.Dot(v)))
}

func ArgMax[T Number](v Vec[T]) (int, T) {
	bi := 0
	for i, x := range v {
		if x > v[bi] {
			bi = i
		}
	}
	return bi, v[bi]
}

type Score float32

func main() {
	a := Vec[float64]{1, 2, 3}
	b := Vec[float64]{4, -5, 6}
	fmt.Println("dot:", a.Dot(b), "scaled:", a.Scale(0.5))
	fmt.Printf("norm: %.4f\n", Norm(b))
	ints := Map(a, func(x float64) int { return int(x * 10) })
	fmt.Printf("%v %T\n", ints, ints)
	sum := Reduce(b, 0.0, func(acc float64, x float64) float64 { return acc + x })
	desc := Reduce(ints, "", func(acc string, x int) string { return acc + fmt.Sprint(x) + ";" })
	fmt.Println(sum, desc)
	for x, y := range Zip(a, b) {
		if y < 0 {
			fmt.Println("stop at", x, y)
			break
		}
		fmt.Println("pair", x, y)
	}
	scores := Vec[Score]{0.1, 2.5, -1, 2.4}
	i, s := ArgMax(scores)
	fmt.Printf("argmax=%d score=%v type=%T\n", i, s, s)
	relu := Map(scores, func(s Score) Score { return max(s, 0) })
	fmt.Println(relu, Norm(relu) > 3)
}

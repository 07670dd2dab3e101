package main

import (
	"cmp"
	"fmt"
	"iter"
	"slices"
)

type Number interface {
	~int | ~int32 | ~int64 | ~float32 | ~float64
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

type Pair[A, B any] struct {
	First  A
	Second B
}

func (p Pair[A, B]) String() string { return fmt.Sprintf("<%v,%v>", p.First, p.Second) }

func Zip[A, B any](as []A, bs []B) []Pair[A, B] {
	n := min(len(as), len(bs))
	out := make([]Pair[A, B], n)
	for i := range n {
		out[i] = Pair[A, B]{as[i], bs[i]}
	}
	return out
}

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func Enumerate[T any](xs []T) iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		for i, x := range xs {
			if !yield(i, x) {
				return
			}
		}
	}
}

func ArgMax[T cmp.Ordered](xs []T) (int, T) {
	bi := 0
	for i, x := range xs {
		if x > xs[bi] {
			bi = i
		}
	}
	return bi, xs[bi]
}

type Celsius float64

func main() {
	xs := []float64{1.5, 2.5, -3, 4}
	ys := []int{10, 20, 30}
	sq := Map(xs, func(x float64) float64 { return x * x })
	fmt.Println(sq, Sum(sq))
	pairs := Zip(xs, ys)
	fmt.Println(pairs)
	prods := Map(pairs, func(p Pair[float64, int]) float64 { return p.First * float64(p.Second) })
	fmt.Printf("%.4f\n", Sum(prods))
	temps := []Celsius{21.5, 19, 25.25}
	fmt.Printf("%.4f %T\n", Sum(temps), Sum(temps))
	strs := Reduce(ys, "", func(a string, y int) string { return a + fmt.Sprint(y) + ";" })
	fmt.Println(strs)
	for i, t := range Enumerate(temps) {
		fmt.Print(i, ":", t, " ")
	}
	fmt.Println()
	i, m := ArgMax([]string{"b", "zeta", "alpha"})
	fmt.Println(i, m)
	fmt.Println(slices.Sorted(slices.Values(xs)))
}

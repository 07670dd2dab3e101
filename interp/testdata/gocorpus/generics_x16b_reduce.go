package main

import (
	"cmp"
	"fmt"
	"iter"
	"slices"
)

type Float interface{ ~float32 | ~float64 }

func Sum[T Float](xs iter.Seq[T]) T {
	var s T
	for x := range xs {
		s += x
	}
	return s
}

func MapSeq[T, U any](xs iter.Seq[T], f func(T) U) iter.Seq[U] {
	return func(yield func(U) bool) {
		for x := range xs {
			if !yield(f(x)) {
				return
			}
		}
	}
}

func Zip[A, B any](a []A, b []B) iter.Seq2[A, B] {
	return func(yield func(A, B) bool) {
		for i := range min(len(a), len(b)) {
			if !yield(a[i], b[i]) {
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

type Pair[K cmp.Ordered, V any] struct {
	Key K
	Val V
}

func SortedPairs[K cmp.Ordered, V any](m map[K]V) []Pair[K, V] {
	ps := make([]Pair[K, V], 0, len(m))
	for k, v := range m {
		ps = append(ps, Pair[K, V]{k, v})
	}
	slices.SortFunc(ps, func(a, b Pair[K, V]) int { return cmp.Compare(a.Key, b.Key) })
	return ps
}

type Celsius float32

func main() {
	pred := []float64{0.9, 0.2, 0.4, 0.8}
	target := []float64{1, 0, 1, 1}
	sq := func(yield func(float64) bool) {
		for p, t := range Zip(pred, target) {
			if !yield((p - t) * (p - t)) {
				return
			}
		}
	}
	fmt.Printf("mse %.4f\n", Sum(iter.Seq[float64](sq))/float64(len(pred)))
	halves := MapSeq(slices.Values(pred), func(x float64) float64 { return x / 2 })
	fmt.Printf("%.3f\n", Sum(halves))
	temps := []Celsius{21.5, 19, 23.25}
	fmt.Println(Sum(slices.Values(temps)))
	i, v := ArgMax([]string{"relu", "tanh", "sigmoid"})
	fmt.Println(i, v)
	j, w := ArgMax(pred)
	fmt.Println(j, w)
	for _, p := range SortedPairs(map[string]float64{"lr": 0.1, "mu": 0.9, "eps": 1e-8}) {
		fmt.Printf("%s=%g ", p.Key, p.Val)
	}
	fmt.Println()
	labels := MapSeq(slices.Values(pred), func(x float64) string {
		if x >= 0.5 {
			return "pos"
		}
		return "neg"
	})
	fmt.Println(slices.Collect(labels))
	for k, v := range Zip([]int{1, 2, 3}, []string{"a", "b"}) {
		fmt.Print(k, v, ";")
	}
	fmt.Println()
}

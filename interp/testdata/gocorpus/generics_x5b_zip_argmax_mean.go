// Exercises: generic helpers Zip, Argmax[T cmp.Ordered], Mean[T ~float32|~float64] with named float types, Map with two type parameters
package main

import (
	"cmp"
	"fmt"
)

type Pair[A, B any] struct {
	First  A
	Second B
}

// Zip panics on a length mismatch (a shape error) rather than drop the tail.
func Zip[A, B any](as []A, bs []B) []Pair[A, B] {
	if len(as) != len(bs) {
		panic(fmt.Sprintf("Zip: lengths %d and %d", len(as), len(bs)))
	}
	out := make([]Pair[A, B], 0, len(as))
	for i, a := range as {
		out = append(out, Pair[A, B]{a, bs[i]})
	}
	return out
}

func Argmax[T cmp.Ordered](xs []T) int {
	best := 0
	for i, x := range xs {
		if x > xs[best] {
			best = i
		}
	}
	return best
}

func Mean[T ~float32 | ~float64](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s / T(len(xs))
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

type Loss float64

func main() {
	preds := Map([][]float64{{0.1, 2.5, -1}, {3, 3, 1}, {-2, -1, -3}}, Argmax[float64])
	labels := []int{1, 0, 2}
	correct := Map(Zip(preds, labels), func(p Pair[int, int]) float64 {
		if p.First == p.Second {
			return 1
		}
		return 0
	})
	fmt.Println(preds, correct, Mean(correct))
	m := Mean([]Loss{0.5, 0.25, 0.125})
	fmt.Printf("%v %T\n", m, m)
	fmt.Println(Argmax([]string{"relu", "tanh", "sigmoid"}), Mean([]float32{1, 2}))
	fmt.Printf("%+v\n", Zip([]string{"W1", "b1"}, []int{12, 4}))
	defer func() { fmt.Println("recovered:", recover()) }()
	Zip([]string{"W1", "b1", "W2"}, []int{12, 4})
}

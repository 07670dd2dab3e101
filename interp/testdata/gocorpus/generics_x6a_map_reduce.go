// Exercises: generic Map (with index)/Filter/right Fold with two type parameters, inference from func literals, named slice types, method on named slice
package main

import (
	"fmt"
	"strconv"
	"strings"
)

// Map transforms in place into a new slice sized up front; the index is
// passed too, as callers of such helpers often want it.
func Map[T, U any](xs []T, f func(int, T) U) []U {
	out := make([]U, len(xs))
	for i := range xs {
		out[i] = f(i, xs[i])
	}
	return out
}

// Filter keeps the named slice type of its argument (S ~[]E).
func Filter[S ~[]E, E any](xs S, keep func(E) bool) S {
	out := xs[:0:0]
	for i := len(xs) - 1; i >= 0; i-- {
		if keep(xs[i]) {
			out = append(S{xs[i]}, out...)
		}
	}
	return out
}

// Fold folds from the right, so string building shows the order.
func Fold[T, A any](xs []T, f func(T, A) A, acc A) A {
	for i := len(xs) - 1; i >= 0; i-- {
		acc = f(xs[i], acc)
	}
	return acc
}

type Scores []int

func (s Scores) Mean() float64 {
	if len(s) == 0 {
		return 0
	}
	return float64(Fold(s, func(x, a int) int { return a + x }, 0)) / float64(len(s))
}

func main() {
	words := strings.Fields("3 14 15 x 92 6 -5")
	nums := Map(words, func(_ int, w string) int {
		n, err := strconv.Atoi(w)
		if err != nil {
			return 0
		}
		return n
	})
	fmt.Println(nums)
	pos := Filter(Scores(nums), func(n int) bool { return n > 0 })
	fmt.Printf("%v %T %.3f\n", pos, pos, pos.Mean())
	lens := Map(words, func(i int, w string) float64 { return float64(len(w)*i) / 2 })
	fmt.Println(lens)
	joined := Fold(nums, func(n int, acc string) string { return acc + strconv.Itoa(n%10) }, "")
	fmt.Println(joined, Scores(nil).Mean())
}

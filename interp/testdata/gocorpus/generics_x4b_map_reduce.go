// Exercises: generic Map[T, U], Reduce[T, A], Sum[T Number] with a ~ constraint, type inference, named float type
package main

import (
	"fmt"
	"strconv"
)

type Number interface {
	~int | ~int64 | ~float32 | ~float64
}

type Loss float64

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	for _, x := range xs {
		init = f(init, x)
	}
	return init
}

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Mean[T Number](xs []T) float64 { return float64(Sum(xs...)) / float64(len(xs)) }

func main() {
	losses := []Loss{2.5, 1.25, 0.75, 0.5}
	fmt.Println(Sum(losses...), Sum(1, 2, 3), Sum[float32](0.5, 0.25))
	fmt.Printf("%.4f %T\n", Mean(losses), Sum(losses...))
	labels := Map([]int{3, 1, 2}, func(i int) string { return "class" + strconv.Itoa(i) })
	fmt.Println(labels, len(labels))
	fmt.Println(Map(losses, func(l Loss) float64 { return float64(l * l) }))
	longest := Reduce(labels, "", func(a string, s string) string {
		if len(s) > len(a) {
			return s
		}
		return a
	})
	count := Reduce(losses, 0, func(n int, l Loss) int {
		if l < 1 {
			n++
		}
		return n
	})
	fmt.Println(longest, count)
}

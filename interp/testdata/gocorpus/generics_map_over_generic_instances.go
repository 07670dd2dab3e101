// Exercises: generic Map and Filter over slices of a generic struct's instances, with the type arguments inferred
package main

import "fmt"

type Box[A any] struct{ V A }

type Named[T any] struct {
	Name string
	Val  T
}

func Map[T, U any](xs []T, f func(T) U) []U {
	var out []U
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func main() {
	boxes := []Box[int]{{1}, {2}, {3}}
	fmt.Println(Map(boxes, func(b Box[int]) string { return fmt.Sprint("box", b.V) }))
	big := Filter(boxes, func(b Box[int]) bool { return b.V > 1 })
	fmt.Println(big, len(big))
	ps := []Named[float64]{{"a", 0.5}, {"b", 1.5}}
	for _, k := range Map(ps, func(p Named[float64]) string { return p.Name }) {
		fmt.Print(k, " ")
	}
	fmt.Println()
	if total := len(Map(ps, func(p Named[float64]) float64 { return p.Val })); total > 0 {
		fmt.Println("total", total)
	}
}

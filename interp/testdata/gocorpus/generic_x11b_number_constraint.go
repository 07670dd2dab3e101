// Exercises: generic constraints with ~ (a Number constraint), named types satisfying ~float64, generic Sum/Mean/Scale
package main

import "fmt"

type Integer interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64
}

type Float interface{ ~float32 | ~float64 }

type Number interface{ Integer | Float }

type Meters float64
type Count int32

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Mean[T Number](xs []T) float64 {
	if len(xs) == 0 {
		return 0
	}
	return float64(Sum(xs...)) / float64(len(xs))
}

func Scale[S ~[]E, E Number](s S, k E) S {
	out := make(S, len(s))
	for i, v := range s {
		out[i] = v * k
	}
	return out
}

type Path []Meters

func main() {
	fmt.Println(Sum(1, 2, 3), Sum(1.5, 2.5), Sum[int8](100, 27))
	legs := Path{1.5, 2.25, 3}
	fmt.Printf("%v %T\n", Sum(legs...), Sum(legs...))
	scaled := Scale(legs, 2)
	fmt.Printf("%v %T\n", scaled, scaled)
	fmt.Println(Mean([]Count{1, 2, 4}), Mean([]float32{}), Mean([]int{7}))
	fmt.Printf("%T\n", Sum[Count](5, 6))
}

// Exercises: a Number constraint with ~ type sets accepting named numeric types.
package main

import "fmt"

type Number interface {
	~int | ~int32 | ~int64 | ~float32 | ~float64
}

type Celsius float64
type Score int

func Sum[T Number](xs []T) T {
	var total T
	for _, x := range xs {
		total += x
	}
	return total
}

func Scale[T Number](xs []T, k T) []T {
	out := make([]T, len(xs))
	for i, x := range xs {
		out[i] = x * k
	}
	return out
}

func main() {
	fmt.Println(Sum([]int{1, 2, 3}))
	fmt.Println(Sum([]float64{1.5, 2.25}))
	temps := []Celsius{20.5, 21, 19.5}
	total := Sum(temps)
	fmt.Printf("%v %T\n", total, total)
	scores := []Score{10, 20, 30}
	fmt.Println(Scale(scores, 2), Sum(Scale(scores, 3)))
	fmt.Printf("%T\n", Scale(scores, 2))
	fmt.Println(Sum([]int32{}))
}

// Exercises: generic variadic Sum with type inference from arguments and union constraint.
package main

import "fmt"

type Number interface {
	~int | ~int64 | ~float64
}

func Sum[T Number](xs ...T) T {
	var total T
	for _, x := range xs {
		total += x
	}
	return total
}

type Meters float64

func main() {
	fmt.Println(Sum(1, 2, 3))
	fmt.Println(Sum(1.5, 2.25))
	fmt.Println(Sum[int64]())
	fmt.Println(Sum(Meters(1.5), Meters(2)))
	xs := []int{10, 20, 30}
	fmt.Println(Sum(xs...))
	fmt.Printf("%T\n", Sum(Meters(1)))
}

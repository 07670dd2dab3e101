// Exercises: numeric constraint with conversion to float64 for average and generic zero checks.
package main

import "fmt"

type Integer interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64
}

type Float interface{ ~float32 | ~float64 }

type Numeric interface{ Integer | Float }

func Average[T Numeric](xs []T) float64 {
	if len(xs) == 0 {
		return 0
	}
	var sum T
	for _, x := range xs {
		sum += x
	}
	return float64(sum) / float64(len(xs))
}

func IsZero[T comparable](v T) bool {
	var zero T
	return v == zero
}

func main() {
	fmt.Println(Average([]int{1, 2, 3, 4}))
	fmt.Println(Average([]int8{100, 20}))
	fmt.Printf("%.3f\n", Average([]float32{0.1, 0.2}))
	fmt.Println(Average([]float64(nil)))
	fmt.Println(IsZero(0), IsZero("a"), IsZero(struct{ A int }{}))
}

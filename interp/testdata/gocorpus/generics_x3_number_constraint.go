// Exercises: a custom Number constraint with ~ types, generic Sum/Mean over named types
package main

import "fmt"

type Number interface {
	~int | ~int64 | ~float32 | ~float64
}

type Weight float64

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Mean[T Number](xs []T) float64 {
	return float64(Sum(xs...)) / float64(len(xs))
}

func main() {
	fmt.Println(Sum(1, 2, 3))
	fmt.Println(Sum(1.5, 2.5))
	ws := []Weight{0.1, 0.2, 0.3}
	fmt.Printf("%.2f %T\n", Sum(ws...), Sum(ws...))
	fmt.Println(Mean([]int64{2, 4, 9}))
}

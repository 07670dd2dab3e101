// Exercises: a generic Average returning float64, plus Stats struct generic in T.
package main

import "fmt"

type Real interface {
	~int | ~int64 | ~uint8 | ~float64
}

func Average[T Real](xs []T) float64 {
	if len(xs) == 0 {
		return 0
	}
	var sum float64
	for _, x := range xs {
		sum += float64(x)
	}
	return sum / float64(len(xs))
}

type Stats[T Real] struct {
	Min, Max T
	Mean     float64
}

func Describe[T Real](xs []T) Stats[T] {
	s := Stats[T]{Min: xs[0], Max: xs[0], Mean: Average(xs)}
	for _, x := range xs[1:] {
		s.Min = min(s.Min, x)
		s.Max = max(s.Max, x)
	}
	return s
}

type Grade uint8

func main() {
	fmt.Println(Average([]int{1, 2, 3, 4}))
	fmt.Printf("%.3f\n", Average([]float64{0.1, 0.2, 0.4}))
	fmt.Println(Average([]int64{}))
	grades := []Grade{90, 72, 85, 100}
	st := Describe(grades)
	fmt.Printf("%+v\n", st)
	fmt.Printf("%T\n", st.Min)
	fmt.Printf("%+v\n", Describe([]float64{-1.5, 3, 2}))
}

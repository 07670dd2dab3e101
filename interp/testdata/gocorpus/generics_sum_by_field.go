// Exercises: generic SumBy with a key extractor and Number constraint returning a different type.
package main

import "fmt"

type Number interface {
	~int | ~int32 | ~float64
}

func SumBy[T any, N Number](xs []T, key func(T) N) N {
	var s N
	for _, x := range xs {
		s += key(x)
	}
	return s
}

type Line struct {
	Product string
	Qty     int
	Price   float64
}

func main() {
	lines := []Line{{"a", 2, 1.25}, {"b", 1, 10}, {"c", 5, 0.2}}
	fmt.Println(SumBy(lines, func(l Line) int { return l.Qty }))
	fmt.Println(SumBy(lines, func(l Line) float64 { return float64(l.Qty) * l.Price }))
	fmt.Println(SumBy([]string{"ab", "cde"}, func(s string) int32 { return int32(len(s)) }))
}

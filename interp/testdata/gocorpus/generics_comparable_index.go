// Exercises: comparable constraint for Index and Count with struct and interface types.
package main

import "fmt"

func Index[T comparable](xs []T, v T) int {
	for i, x := range xs {
		if x == v {
			return i
		}
	}
	return -1
}

func Count[T comparable](xs []T, v T) (n int) {
	for _, x := range xs {
		if x == v {
			n++
		}
	}
	return
}

type Pt struct{ X, Y int }

func main() {
	fmt.Println(Index([]string{"a", "b", "c"}, "c"))
	fmt.Println(Index([]Pt{{1, 2}, {3, 4}}, Pt{3, 4}))
	fmt.Println(Count([]any{1, "1", 1, 1.0}, any(1)))
	fmt.Println(Index([]float64{1.5}, 2))
	fmt.Println(Count([]bool{true, false, true}, true))
}

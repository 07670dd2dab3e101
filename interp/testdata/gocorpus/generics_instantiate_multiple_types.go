// Exercises: the same generic function instantiated with many different types.
package main

import "fmt"

func Repeat[T any](v T, n int) []T {
	out := make([]T, n)
	for i := range out {
		out[i] = v
	}
	return out
}

type Color struct{ R, G, B uint8 }

func main() {
	fmt.Println(Repeat(7, 3))
	fmt.Println(Repeat("ab", 2))
	fmt.Println(Repeat(Color{1, 2, 3}, 2))
	fmt.Println(Repeat([]int{1}, 2))
	fmt.Println(Repeat[any](nil, 2))
	fmt.Println(Repeat(map[string]int{"k": 1}, 1))
	fmt.Println(len(Repeat(struct{}{}, 5)))
	fmt.Println(Repeat(&Color{}, 0) == nil)
}

// Exercises: append to a sub-slice overwrites the parent when capacity allows; sharing after append
package main

import "fmt"

func addOne(s []int) []int { return append(s, 1) }

func main() {
	parent := make([]int, 3, 10)
	child := parent[:1]
	child = append(child, 7, 8)
	fmt.Println("parent clobbered:", parent, child)

	x := make([]int, 0, 4)
	a := addOne(x)
	b := append(x, 2)
	fmt.Println("two appends to same base share:", a, b)

	full := []int{1, 2, 3}
	c := append(full, 4)
	c[0] = 100
	fmt.Println("append to full slice copies:", full, c[0])

	matrix := make([][]int, 2)
	row := []int{0, 0}
	matrix[0] = row
	matrix[1] = row
	matrix[0][1] = 5
	fmt.Println("shared row:", matrix)

	var acc []string
	words := []string{"a", "b", "c"}
	for _, w := range words {
		acc = append(acc, w+w)
	}
	fmt.Println("accumulated:", acc, len(acc))
	fmt.Println("append variadic slice:", append([]int{1}, []int{2, 3}...))
	fmt.Println("append string to bytes:", string(append([]byte("go"), "pher"...)))
}

// Exercises: unrecovered runtime panic - slice bounds out of range.
package main

import "fmt"

func window(xs []int, start, size int) []int {
	return xs[start : start+size]
}

func main() {
	data := []int{10, 20, 30, 40, 50}
	fmt.Println(window(data, 0, 2))
	fmt.Println(window(data, 3, 2))
	fmt.Println("window past the end:")
	fmt.Println(window(data, 4, 3))
}

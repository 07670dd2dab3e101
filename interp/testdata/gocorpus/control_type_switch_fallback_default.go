// Exercises: switch with default placed first still evaluated last.
package main

import "fmt"

func size(n int) string {
	switch {
	default:
		return "medium"
	case n < 10:
		return "small"
	case n > 100:
		return "large"
	}
}

func main() {
	for _, n := range []int{5, 50, 500} {
		fmt.Println(n, size(n))
	}
	switch v := 3; v {
	default:
		fmt.Println("default")
	case 1, 2:
		fmt.Println("one or two")
	case 3:
		fmt.Println("three")
	}
}

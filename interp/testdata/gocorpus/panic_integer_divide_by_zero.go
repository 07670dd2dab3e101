// Exercises: unrecovered runtime panic - integer divide by zero in a helper.
package main

import "fmt"

func average(xs []int) int {
	sum := 0
	for _, x := range xs {
		sum += x
	}
	return sum / len(xs)
}

func main() {
	fmt.Println(average([]int{2, 4, 6}))
	fmt.Println(average([]int{7}))
	var empty []int
	fmt.Println("average of empty slice:")
	fmt.Println(average(empty))
}

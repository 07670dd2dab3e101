// Exercises: bare break in a switch inside a for loop does not exit the loop; return does.
package main

import "fmt"

func firstNegative(xs []int) int {
	for i, x := range xs {
		switch {
		case x > 0:
			break
		case x < 0:
			return i
		}
		fmt.Println("checked", i)
	}
	return -1
}

func main() {
	fmt.Println(firstNegative([]int{3, 0, 5, -1, 2}))
	fmt.Println(firstNegative([]int{1, 2}))
}

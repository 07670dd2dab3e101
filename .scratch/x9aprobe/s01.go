// Exercises: early return from main after output
package main

import "fmt"

func main() {
	xs := []int{3, 1, 2}
	for _, x := range xs {
		if x == 1 {
			fmt.Println("found one, stopping")
			return
		}
		fmt.Println("saw", x)
	}
	fmt.Println("not reached")
}

// Exercises: locals named min and max shadowing the builtins, len as a variable
package main

import "fmt"

func main() {
	xs := []int{4, -2, 9, 7}
	min, max := xs[0], xs[0]
	for _, x := range xs[1:] {
		if x < min {
			min = x
		}
		if x > max {
			max = x
		}
	}
	fmt.Println(min, max)
	new := 5
	copy := "c"
	fmt.Println(new, copy)
}

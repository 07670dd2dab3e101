// Exercises: fallthrough targets the textually next clause when default sits in the middle (into and out of default)
package main

import "fmt"

func main() {
	for x := 0; x < 3; x++ {
		switch x {
		case 0:
			fmt.Println("zero")
			fallthrough
		default:
			fmt.Println("default")
		case 1:
			fmt.Println("one")
			fallthrough
		case 2:
			fmt.Println("two")
		}
	}
}

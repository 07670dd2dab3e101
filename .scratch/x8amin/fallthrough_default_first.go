// Exercises: fallthrough goes to the textually next clause even when default is written first
package main

import "fmt"

func main() {
	x := 1
	switch x {
	default:
		fmt.Println("default")
	case 1:
		fallthrough
	case 2:
		fmt.Println("case 2")
	}
}

// Exercises: fallthrough in a tagless switch whose default is written first goes to the next case in source order
package main

import "fmt"

func main() {
	n := 3
	switch {
	default:
		fmt.Println("default")
	case n > 2:
		fmt.Println("gt2")
		fallthrough
	case n > 100:
		fmt.Println("fell into gt100")
	}
}

// Exercises: fmt error annotations for wrong verbs, missing and extra arguments.
package main

import "fmt"

type Color struct{ R, G, B uint8 }

func main() {
	c := Color{255, 128, 0}
	fmt.Printf("%d\n", c)
	fmt.Printf("%x\n", c)
	fmt.Printf("%d %s\n", "str", 5)
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%!\n")
	fmt.Printf("%t %v\n", true, nil)
}

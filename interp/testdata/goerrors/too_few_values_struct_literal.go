// Compile error: positional struct literal with too few values.
// Expected: too few values in struct literal of type Point
package main

import "fmt"

type Point struct{ X, Y, Z int }

func main() {
	p := Point{1, 2}
	fmt.Println(p)
}

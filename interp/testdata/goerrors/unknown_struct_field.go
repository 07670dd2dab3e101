// Compile error: struct literal naming a field that does not exist.
// Expected: unknown field Z in struct literal of type Point
package main

import "fmt"

type Point struct{ X, Y int }

func main() {
	p := Point{X: 1, Z: 3}
	fmt.Println(p)
}

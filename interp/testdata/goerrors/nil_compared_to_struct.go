// Compile error: comparing a struct value with nil.
// Expected: invalid operation: p == nil (mismatched types Point and untyped nil)
package main

import "fmt"

type Point struct{ X, Y int }

func main() {
	var p Point
	if p == nil {
		fmt.Println("no point")
	}
}

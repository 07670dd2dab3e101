// Exercises: notebook style: a top-level var of an interface type literal whose method names a parameter scale, then a top-level scale
package main

import "fmt"

func main() {
	var sh interface{ Area(scale float64) float64 }
	scale := 2.0
	fmt.Println(sh == nil, scale)
}

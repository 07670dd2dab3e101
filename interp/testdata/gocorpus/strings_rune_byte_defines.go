// Exercises: runes, rune arithmetic and bytes of strings defined with := in main's body (at a notebook cell's top level)
package main

import "fmt"

func main() {
	sep := ';'
	shift := 'A' - 'a'
	src := fmt.Sprint("x;y")
	b := src[1]
	fmt.Printf("%T %T %T %v\n", sep, shift, b, b)
}

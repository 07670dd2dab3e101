// Exercises: a variable of a self-referential func type
package main

import "fmt"

type RecursiveFunc func(RecursiveFunc) int

func main() {
	var r RecursiveFunc
	fmt.Printf("%T\n", r)
}

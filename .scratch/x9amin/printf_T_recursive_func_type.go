// Exercises: %T of a function whose signature uses a self-referential func type
package main

import "fmt"

type Func func(int) int
type RecursiveFunc func(RecursiveFunc) Func

func Y(r RecursiveFunc) Func { return nil }

func main() {
	fmt.Printf("%T\n", Y)
}

// Exercises: %T inside a generic function instantiated with a method-less named int type
package main

import "fmt"

type Count int

func Describe[T any](x T) string { return fmt.Sprintf("%T=%v", x, x) }

func main() {
	fmt.Println(Describe(Count(4)))
}

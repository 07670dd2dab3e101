// Exercises: %T of a method-less named int type and of a plain int, both held in interfaces
package main

import "fmt"

type Count int

func main() {
	xs := []any{Count(1), 2}
	fmt.Printf("%T %T\n", xs[0], xs[1])
}

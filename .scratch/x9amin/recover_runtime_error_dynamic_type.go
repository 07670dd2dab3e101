// Exercises: %T of a recovered runtime error (index out of range)
package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		fmt.Printf("%T\n", r)
	}()
	xs := []int{1}
	i := 3
	_ = xs[i]
}

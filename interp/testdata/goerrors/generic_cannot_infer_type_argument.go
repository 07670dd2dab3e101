// Compile error: generic function whose type parameter cannot be inferred from arguments.
// Expected: in call to Zero, cannot infer T
package main

import "fmt"

func Zero[T any]() T {
	var z T
	return z
}

func main() {
	z := Zero()
	fmt.Println(z)
}

// Exercises: imag of an untyped complex constant
package main

import "fmt"

func main() {
	x := imag(2 + 3i)
	fmt.Println(x)
}

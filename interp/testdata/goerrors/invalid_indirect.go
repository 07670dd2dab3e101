// Compile error: dereferencing a non-pointer value.
// Expected: invalid operation: cannot indirect n (variable of type int)
package main

import "fmt"

func main() {
	n := 10
	fmt.Println(*n)
}

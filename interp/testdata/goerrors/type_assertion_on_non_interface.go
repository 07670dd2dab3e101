// Compile error: type assertion applied to a non-interface value.
// Expected: invalid operation: n (variable of type int) is not an interface
package main

import "fmt"

func main() {
	n := 7
	f, ok := n.(float64)
	fmt.Println(f, ok)
}

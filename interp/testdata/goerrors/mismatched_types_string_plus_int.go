// Compile error: concatenating a string and an int variable.
// Expected: invalid operation: "count: " + n (mismatched types untyped string and int)
package main

import "fmt"

func main() {
	n := 42
	msg := "count: " + n
	fmt.Println(msg)
}

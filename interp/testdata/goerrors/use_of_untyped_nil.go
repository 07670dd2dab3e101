// Compile error: short variable declaration initialized with untyped nil.
// Expected: use of untyped nil in assignment
package main

import "fmt"

func main() {
	x := nil
	fmt.Println(x)
}

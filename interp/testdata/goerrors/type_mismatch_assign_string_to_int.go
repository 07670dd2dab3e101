// Compile error: assigning a string to a variable inferred as int.
// Expected: cannot use "five" (untyped string constant) as int value in assignment
package main

import "fmt"

func main() {
	n := 5
	n = "five"
	fmt.Println(n)
}

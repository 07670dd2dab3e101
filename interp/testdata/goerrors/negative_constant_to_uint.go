// Compile error: assigning a negative constant to an unsigned variable.
// Expected: cannot use -1 (untyped int constant) as uint value in variable declaration (overflows)
package main

import "fmt"

func main() {
	var count uint = -1
	fmt.Println(count)
}

// Compile error: constant 256 does not fit in a byte.
// Expected: cannot use 256 (untyped int constant) as byte value in variable declaration (overflows)
package main

import "fmt"

func main() {
	var b byte = 256
	fmt.Println(b)
}

// Compile error: integer division by a constant zero.
// Expected: invalid operation: division by zero
package main

import "fmt"

func main() {
	total := 100
	fmt.Println(total / 0)
}

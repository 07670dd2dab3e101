// Compile error: calling a variable that is not a function.
// Expected: invalid operation: cannot call size (variable of type int): int is not a function
package main

import "fmt"

func main() {
	size := 5
	fmt.Println(size())
}

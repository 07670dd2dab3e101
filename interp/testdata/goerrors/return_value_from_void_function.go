// Compile error: returning a value from a function with no result type.
// Expected: too many return values
package main

import "fmt"

func report(n int) {
	fmt.Println("value", n)
	return n
}

func main() {
	report(1)
}

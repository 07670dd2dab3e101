// Compile error: returning two values from a function declared with one result.
// Expected: too many return values
package main

import "fmt"

func half(n int) int {
	return n / 2, n % 2
}

func main() {
	fmt.Println(half(7))
}

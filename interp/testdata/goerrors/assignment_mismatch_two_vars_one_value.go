// Compile error: destructuring a single-result function into two variables.
// Expected: assignment mismatch: 2 variables but double returns 1 value
package main

import "fmt"

func double(n int) int { return n * 2 }

func main() {
	a, b := double(4)
	fmt.Println(a, b)
}

// Compile error: arithmetic between int and float64 variables without conversion.
// Expected: invalid operation: total / ratio (mismatched types int and float64)
package main

import "fmt"

func main() {
	total := 10
	ratio := 2.5
	fmt.Println(total / ratio)
}

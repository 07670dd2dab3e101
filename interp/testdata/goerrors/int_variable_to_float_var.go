// Compile error: assigning an int variable to a float64 variable without conversion.
// Expected: cannot use n (variable of type int) as float64 value in variable declaration
package main

import "fmt"

func main() {
	n := 3
	var f float64 = n
	fmt.Println(f / 2)
}

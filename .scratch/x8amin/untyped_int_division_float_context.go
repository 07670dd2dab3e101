// Exercises: division of untyped integer constants is integer division even when the result goes to a float (Go: 0 8)
package main

import "fmt"

func main() {
	var f float64 = 1 / 2
	const x = 10 / 4 * 4.0
	fmt.Println(f, x)
}

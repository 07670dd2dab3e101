// Exercises: an untyped constant beyond int64 assigned to a float64 variable is exact and legal
package main

import "fmt"

const Huge = 1 << 100

func main() {
	var h float64 = Huge * 2
	fmt.Println(h)
}

// Compile error: calling a function with more arguments than parameters.
// Expected: too many arguments in call to area
package main

import "fmt"

func area(w, h int) int { return w * h }

func main() {
	fmt.Println(area(2, 3, 4))
}

// Compile error: range over a float value.
// Expected: cannot range over limit (variable of type float64)
package main

import "fmt"

func main() {
	limit := 3.0
	for i := range limit {
		fmt.Println(i)
	}
}

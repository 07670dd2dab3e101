// Compile error: a local variable is declared and never used.
// Expected: declared and not used: total
package main

import "fmt"

func main() {
	prices := []int{3, 4, 5}
	total := 0
	for _, p := range prices {
		fmt.Println(p)
	}
}

// Compile error: misspelled variable name (totl instead of total).
// Expected: undefined: totl
package main

import "fmt"

func main() {
	total := 0
	for i := range 5 {
		total += i
	}
	fmt.Println(totl)
}

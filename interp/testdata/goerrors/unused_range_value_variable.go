// Compile error: range value variable declared and never used.
// Expected: declared and not used: name
package main

import "fmt"

func main() {
	names := []string{"a", "b"}
	for i, name := range names {
		fmt.Println(i)
	}
}

// Compile error: a label that is never referenced.
// Expected: label outer defined and not used
package main

import "fmt"

func main() {
outer:
	for i := range 3 {
		fmt.Println(i)
	}
}

// Compile error: continue inside a switch that is not inside a loop.
// Expected: continue is not in a loop
package main

import "fmt"

func main() {
	x := 2
	switch x {
	case 1:
		fmt.Println("one")
	case 2:
		continue
	}
}

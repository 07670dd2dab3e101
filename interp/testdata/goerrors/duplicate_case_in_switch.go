// Compile error: the same constant appears in two cases of an expression switch.
// Expected: duplicate case 3 (constant of type int) in expression switch
package main

import "fmt"

func main() {
	n := 3
	switch n {
	case 1, 3:
		fmt.Println("odd small")
	case 2:
		fmt.Println("two")
	case 3:
		fmt.Println("three")
	}
}

// Compile error: := used where all variables on the left already exist.
// Expected: no new variables on left side of :=
package main

import "fmt"

func main() {
	count := 1
	count := 2
	fmt.Println(count)
}

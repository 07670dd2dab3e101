// Compile error: assigning a two-result call (strconv.Atoi) to a single variable.
// Expected: assignment mismatch: 1 variable but strconv.Atoi returns 2 values
package main

import (
	"fmt"
	"strconv"
)

func main() {
	n := strconv.Atoi("42")
	fmt.Println(n)
}

// Compile error: passing a string where the function expects an int.
// Expected: cannot use "3" (untyped string constant) as int value in argument to repeat
package main

import (
	"fmt"
	"strings"
)

func repeat(s string, n int) string { return strings.Repeat(s, n) }

func main() {
	fmt.Println(repeat("ab", "3"))
}

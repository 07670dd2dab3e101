// x8b: Go prints a!; notebook style: runtime error: nil pointer dereference (top-level x := v[0] + "!", v from a compiled call).
package main

import (
	"fmt"
	"strings"
)

func main() {
	f := strings.Fields("a b")
	x := f[0] + "!"
	fmt.Println(x)
}

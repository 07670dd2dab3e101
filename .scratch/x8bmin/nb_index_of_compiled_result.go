// x8b: Go prints a; notebook style: CompileError: constant definition loop (top-level x := v[i], v from a compiled call).
package main

import (
	"fmt"
	"strings"
)

func main() {
	parts := strings.Fields("a b")
	tmpl := parts[0]
	fmt.Println(tmpl)
}

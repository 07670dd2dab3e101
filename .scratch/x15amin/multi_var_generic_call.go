// `var a, b = 1, Id(2)` - a multi-name var declaration whose right side includes a call to a
// generic function - inside func main. (Found while reducing generics_x15a_seqops.go, from a
// helper line of mine, not from the blind sample itself.)
//
// go run:      1 2
// gobackprop:  program style: "1 0" (no error - SILENT)
//
//	notebook style: CompileError: undefined: a
package main

import "fmt"

func Id[T any](v T) T { return v }

func main() {
	var a, b = 1, Id(2)
	fmt.Println(a, b)
}

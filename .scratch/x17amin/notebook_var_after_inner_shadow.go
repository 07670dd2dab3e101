// go run:     0
// gobackprop (notebook style only): 5   (SILENT)
// In notebook style, main's body runs as top-level statements; a later top-level `var n int`
// (no initializer) keeps the value that an earlier, block-scoped `n := 5` wrote, instead of zero.
// Found as: for ... { parts := strings.Split(..) }; var parts []string; parts = append(parts, ...)
package main

import "fmt"

func main() {
	for i := 0; i < 1; i++ {
		n := 5
		_ = n
	}
	var n int
	fmt.Println(n)
}

// go run: 2 / s
// gobackprop: CompileError: cannot use 4 (untyped int constant) as int value in argument to half  (notebook style only: main's local `type int = string` becomes a top-level declaration and re-types the earlier cell's func; from scope_x19b_shadowing)
package main

import "fmt"

func half(n int) int { return n / 2 }

func main() {
	fmt.Println(half(4))
	type int = string
	var v int = "s"
	fmt.Println(v)
}

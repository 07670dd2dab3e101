// Exercises: scoping - if/else init variables visible in all branches, shadowing with :=, redeclaration in multi-assign
package main

import (
	"fmt"
	"strconv"
)

var x = "package"

func main() {
	if n, err := strconv.Atoi("12"); err != nil {
		fmt.Println("error", err)
	} else if n > 10 {
		fmt.Println("big n visible in else-if:", n)
	} else {
		fmt.Println("small", n)
	}
	fmt.Println("package x:", x)
	x := "local"
	{
		x := "block"
		fmt.Println("inner block:", x)
	}
	fmt.Println("after block:", x)
	a, err := strconv.Atoi("1")
	b, err := strconv.Atoi("x")
	fmt.Println("redeclared err reused:", a, b, err != nil)
	var err2 error
	if true {
		_, err2 := strconv.Atoi("bad")
		_ = err2
	}
	fmt.Println("shadowed err2 leaves outer nil:", err2 == nil)
	if v := 5; v > 3 {
		v++
		fmt.Println("if-scoped v:", v)
	}
}

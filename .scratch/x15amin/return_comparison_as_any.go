// Returning a comparison directly from a function whose result type is an interface (any).
// Assigning the comparison to a bool variable first, or `var x any = s == "t"`, works.
// Source: closure_x15a_combinators.go (Map(..., func(s string) any { return s == "true" })).
//
// go run:      true
// gobackprop:  (both styles) runtime.Error: runtime error: invalid memory address or nil pointer
//
//	dereference
package main

import "fmt"

func gt(a, b int) any { return a > b }

func main() {
	fmt.Println(gt(2, 1))
}

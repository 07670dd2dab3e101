// go run:      1
// gobackprop (notebook style only): runtime error: invalid memory address or nil pointer
//
//	dereference (nothing printed). A for-range over a slice at top level whose
//	body refers to a package function as a value (_ = strings.ToUpper, or
//	e := errors.Is). A 3-clause for loop runs. Found while reducing
//	errors_x13b_validation.go (hidden there behind its compile error).
package main

import (
	"fmt"
	"strings"
)

func main() {
	for _, u := range []int{1} {
		fmt.Println(u)
		_ = strings.ToUpper
	}
}

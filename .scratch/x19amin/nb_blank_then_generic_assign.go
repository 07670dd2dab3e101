// Reduction of generics_x19a_constraints_stats.go (notebook style; program style is fine).
// go run:      true
// gobackprop (notebook: main's body as top-level statements):
//
//	true, then panic: reflect.Set: value of type int is not assignable to type string
//
// A top-level `_, ok := <string>, ...` followed by `_ = <int result of a generic call>`:
// the blank identifier seems to keep the first statement's type. (`_ = "s"; _ = slices.Max(...)`
// and `_, ok := pair(); _ = 42` both work.)
package main

import (
	"fmt"
	"slices"
)

func main() {
	_, ok := "s", true
	fmt.Println(ok)
	_ = slices.Max([]int{1})
}

// `a, b := Id("x"), 1` at top level of a notebook cell (main's body run as statements): a
// multi-value short declaration with a generic call on the right loses the other value.
// The same in program style (inside func main) is fine. A variant,
// `_, _ = strings.ToUpper("x"), maps.Clone(map[int]int{})`, panics in notebook style with
// "reflect.Set: value of type string is not assignable to type map[int]int".
// (Found while reducing generics_x15a_seqops.go, from a helper line, not the blind sample.)
//
// go run:      x 1
// gobackprop:  notebook style: "x 0" (no error - SILENT)
package main

import "fmt"

func Id[T any](v T) T { return v }

func main() {
	a, b := Id("x"), 1
	fmt.Println(a, b)
}

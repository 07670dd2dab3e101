// Reduced from generics_x25b_method_constraint.go (notebook style only; whole program agrees).
// Converting to an instantiated generic slice type in top-level statements (main's body
// run as a cell): sort.Sort(ByArea[Shape](mixed)) in the original.
// go run:      [1 2]
// gobackprop (notebook style): no output, error
//
//	CompileError: type not found: List[int]
package main

import "fmt"

type List[S any] []S

func main() {
	xs := []int{1, 2}
	fmt.Println(List[int](xs))
}

// Incidental (found while reducing, not from a corpus program): a clear CompileError.
// go run:      [1 2 3]
// gobackprop:  CompileError: []int does not satisfy cmp.Ordered ([]int missing in ~int | ... | ~string)
// Partial explicit instantiation slices.Sort[[]int] (S given, E inferred) is valid Go.
package main

import (
	"fmt"
	"slices"
)

func main() {
	s := []int{3, 1, 2}
	sortInts := slices.Sort[[]int]
	sortInts(s)
	fmt.Println(s)
}

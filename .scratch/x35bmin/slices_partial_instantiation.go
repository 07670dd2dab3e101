// Incidental (found while reducing, not from a corpus program): both styles.
// Go prints: 1
// Session: CompileError: []int does not satisfy comparable
// Partial explicit instantiation of a generic std function whose second type
// parameter is inferred from the first (slices.Index[S ~[]E, E comparable]).
package main

import (
	"fmt"
	"slices"
)

var index = slices.Index[[]int]

func main() {
	fmt.Println(index([]int{3, 4}, 4))
}

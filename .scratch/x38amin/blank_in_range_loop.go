// SILENT, notebook style only (main's body as top-level statements).
// A blank assignment "_ = ..." inside a top-level for-range loop over a slice
// ends the loop after its first iteration. (range over an int and
// three-clause for loops are not affected.)
// Go prints:      1
//                 2
//                 3
// Session prints: 1

package main

import "fmt"

func main() {
	for _, id := range []int{1, 2, 3} {
		fmt.Println(id)
		_ = id * 2
	}
}

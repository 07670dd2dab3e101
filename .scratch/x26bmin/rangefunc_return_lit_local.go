// Returning two results from inside a range-over-func loop body, where the first is
// a composite literal and the second a variable declared in the loop body: the
// second result comes back as its zero value.
//
// go run:      [1] 7
// gobackprop:  [1] 0          (both styles, no error: SILENT WRONG ANSWER)
//
// Works: `return "s", x`, `return 1, x`, `return s, x` (s a variable), and x
// declared outside the loop. With `nil` as the first result it panics instead
// (see rangefunc_return_nil_local.go).
package main

import (
	"fmt"
	"slices"
)

func f() ([]int, int) {
	for range slices.Values([]int{1}) {
		x := 7
		return []int{1}, x
	}
	return nil, 0
}

func main() {
	fmt.Println(f())
}

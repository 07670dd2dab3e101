// Side finding (not from a corpus program; met while building a reduction).
// Go prints: ok
// Whole-program style: the session reports "SyntaxError: expected
// '(', found _gbm" for a blank tuple assignment of a package constant and two
// generic std calls. Notebook style agrees with Go.
package main

import (
	"bytes"
	"fmt"
	"maps"
	"slices"
)

func main() {
	_, _, _ = bytes.MinRead, slices.Contains([]int{}, 1), maps.Clone(map[int]int{})
	fmt.Println("ok")
}

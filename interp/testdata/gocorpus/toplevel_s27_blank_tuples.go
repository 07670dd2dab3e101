// Assignments of several values all to _, mixing calls, constants and
// generic standard-library calls, in main (top-level statements in
// notebook style).
package main

import (
	"bytes"
	"fmt"
	"maps"
	"slices"
	"strings"
)

func count() int { fmt.Println("count ran"); return 3 }

func main() {
	_, _ = fmt.Sprint(1), 2
	_, _, _ = bytes.MinRead, slices.Contains([]int{1}, 1), maps.Clone(map[int]int{1: 2})
	_, _ = strings.ToUpper("x"), count()
	n, _ := count(), "ignored"
	fmt.Println("ok", n)
}

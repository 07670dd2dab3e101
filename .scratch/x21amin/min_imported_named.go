// go run:      100ns
// gobackprop:  both styles (whole program, notebook) fail before running anything:
//
//	panic(*interp.cfgError): 3:14: CFG post-order panic: runtime error: invalid memory address or nil pointer dereference
//
// The builtin min/max with two or more operands, at least one a non-constant value of a named
// type from a compiled package, crashes the CFG pass. Probed: max(a, b) of time.Duration and
// min(a, b) of time.Month crash, and so do min(a, time.Second) and c := min(a, b). These work:
// min(a) with a single operand, min(time.Second, time.Minute) (all constants), and min over
// int64 or a named type declared in the cell (type D int64).
// Found in errors_x21a_retry.go: delay = min(time.Duration(float64(delay)*p.Factor), p.Max)
package main

import (
	"fmt"
	"time"
)

func main() {
	d, mx := time.Duration(100), time.Duration(1000)
	fmt.Println(min(d, mx))
}

// go run:      2s
// gobackprop:  (no output) error: panic(*interp.cfgError): 2:14: CFG post-order panic:
//
//	runtime error: invalid memory address or nil pointer dereference
//	(notebook style: same panic at 1:40)
//
// A generic function whose constraint is a union (~int64 | ~float64) doing
// arithmetic on T, instantiated with time.Duration (a named type from a compiled
// package). With the single-term constraint ~int64 it works; with a user-declared
// `type Cents int64` (or type D int64 with ~int64 | ~int32) it works. Also fails:
// F[T ~int | ~float64] on time.March, and G[T ~int64 | ~float64](x T) bool { return x > 0 }
// on time.Second (a comparison, not only arithmetic). Found by generics_x23b_stats_constraints.go
// (Summarize([]time.Duration{...}) with Real = ~int | ~int32 | ~int64 | ~float32 | ~float64).
package main

import (
	"fmt"
	"time"
)

func F[T ~int64 | ~float64](x T) T { return x + x }

func main() {
	fmt.Println(F(time.Second))
}

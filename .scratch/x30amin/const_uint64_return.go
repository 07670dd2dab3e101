// Go prints:      18446744073709551615
// Session (both styles): clear error, nothing printed:
//
//	panic(*interp.cfgError): 1:43: constant 18446744073709551615 overflows int64
//
// An untyped constant above MaxInt64 returned from a func whose result is
// uint64 (from ds_x30a_bitset.go). `var x uint64 = 1<<64 - 1` works.
package main

import "fmt"

func max64() uint64 { return 1<<64 - 1 }

func main() {
	fmt.Println(max64())
}

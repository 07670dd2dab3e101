// A non-generic function declared to return iter.Seq2[string, int] that returns a generic
// function's iter.Seq2[K, V] result, ranged over. Ranging over the generic call directly works,
// and so does a non-generic function building its own Seq2.
// Source: generics_x15a_seqops.go (Inventory.Low returns Filter2(SortedByKey(inv), ...)).
//
// go run:      pears 3
// gobackprop:  program: panic(*interp.cfgError): 2:19: CFG post-order panic: runtime error:
//
//	invalid memory address or nil pointer dereference; notebook: same at 1:43
package main

import (
	"fmt"
	"iter"
)

func All[K comparable, V any](m map[K]V) iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		for k, v := range m {
			if !yield(k, v) {
				return
			}
		}
	}
}

func Pairs(m map[string]int) iter.Seq2[string, int] { return All(m) }

func main() {
	for name, n := range Pairs(map[string]int{"pears": 3}) {
		fmt.Println(name, n)
	}
}

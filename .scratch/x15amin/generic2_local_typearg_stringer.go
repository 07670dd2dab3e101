// A generic type with two type parameters and a pointer-receiver String method, instantiated
// with a type declared inside func main, and printed. One type parameter, or `point` declared at
// package level (as in notebook style, where main's body runs as top-level statements), works.
// Source: generics_x15a_lru.go (NewLRU[point, []string] with point local to main; LRU has String).
//
// go run:      m
// gobackprop (program style): panic(*interp.cfgError): 3:401: CFG post-order panic: runtime error:
//
//	invalid memory address or nil pointer dereference
package main

import "fmt"

type Map[K, V any] struct {
	k K
	v V
}

func (m *Map[K, V]) String() string { return "m" }

func main() {
	type point struct{ x, y int }
	fmt.Println(&Map[point, int]{})
}

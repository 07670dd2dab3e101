// Reduction of generics_x28b_constraints.go (both styles).
// Go prints:
//
//	pair
//	false
//
// Session: tool panic reported as an error:
//
//	program style:  panic(*interp.cfgError): 4:78: CFG post-order panic: runtime error: invalid memory address or nil pointer dereference
//	notebook style: panic(*interp.cfgError): 1:104: CFG post-order panic: runtime error: invalid memory address or nil pointer dereference
//
// Needs all three: a generic type with two type parameters and a String method, a value of it
// passed to fmt.Println, and a == comparison of two interface (any) values. Dropping the String
// method, the Println, or the any comparison (or using one type parameter) makes it pass.
package main

import "fmt"

type Pair[K, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return "pair" }

func main() {
	fmt.Println(Pair[string, int]{"a", 1})
	var a, b any = 1, 2
	fmt.Println(a == b)
}

// Constraint written inline as a union of two named interfaces, instantiated with a type from
// the second term (float64). Int (first term) works, and `[T Float | Integer]` with an int crashes
// the same way; inline terms (`~int | ~float64`) and a named `type Number interface{ Integer | Float }`
// constraint work. Source: generics_x15a_constraints.go (Clamp(-2.5, -1, 1)).
//
// go run:      2.5
// gobackprop:  program: panic(*interp.cfgError): 2:14: CFG post-order panic: runtime error:
//
//	invalid memory address or nil pointer dereference
//	notebook: same panic at 1:40
package main

import "fmt"

type Integer interface{ ~int }
type Float interface{ ~float64 }

func Id[T Integer | Float](a T) T {
	return a
}

func main() {
	fmt.Println(Id(2.5))
}

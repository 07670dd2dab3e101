// Generic function whose result type is a generic type instantiated with an anonymous
// struct mentioning the type parameters, built through a local alias (type pair = struct{A A; B B}).
// go run:      {Val:{A:1 B:x}}
// gobackprop:  program: panic(*interp.cfgError): 2:22: CFG post-order panic: runtime error:
//
//	invalid memory address or nil pointer dereference; notebook: same at 1:48.
//
// The full program closure_x23a_parser_comb.go (Parser[struct{A A; B B}] of func type) fails with
// "CFG post-order panic: interface conversion: reflect.Type is nil, not *reflect.rtype" at 3:47.
// Without the alias and generic wrapper (returning the anonymous struct directly) it works.
package main

import "fmt"

type R[T any] struct{ Val T }

func Pair[A, B any](a A, b B) R[struct {
	A A
	B B
}] {
	type pair = struct {
		A A
		B B
	}
	return R[pair]{pair{a, b}}
}

func main() {
	fmt.Printf("%+v\n", Pair(1, "x"))
}

// go run:     {1 2}
// gobackprop: panic(*interp.cfgError): CFG post-order panic: reflect.StructOf: duplicate field Xint (both styles)
// A generic function whose result is an unnamed struct with fields of type A and B, instantiated
// with A == B == int. With Pair(1, "x") it works.
package main

import "fmt"

func Pair[A, B any](a A, b B) struct {
	A A
	B B
} {
	return struct {
		A A
		B B
	}{a, b}
}

func main() {
	fmt.Println(Pair(1, 2))
}

// CRASH (both styles). From iface_x15b_shapes_visitor.go (safeEval(n Node) (res any, err error)).
// go run:     x 1
// gobackprop: panic: reflect.Set: value of type interface {} is not assignable to type interp.valueInterface
// Needs a named result of type any (interface{}) alongside another result; unnamed (any, int) works,
// a single named (res any) works, named (v fmt.Stringer, err error) works. Same crash with
// "v, n = ...; return" and with "a, b := g()".
package main

import "fmt"

func g() (v any, n int) {
	return "x", 1
}

func main() {
	fmt.Println(g())
}

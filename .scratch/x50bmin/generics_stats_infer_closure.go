// Reduction of generics_x50b_stats.go.
// Go prints: 2
// Session (both styles) prints nothing and reports
//
//	panic(*interp.cfgError): ...: CFG post-order panic: runtime error: invalid memory address or nil pointer dereference
//
// (program style at 2:14, notebook style at 1:40). A generic function passes a
// func literal whose parameter type is its own type parameter T to another
// generic function whose type arguments (T, U) must be inferred. Writing the
// instantiation explicitly, Call[T, float64](x, func(T) float64 { ... }), runs
// correctly; so does a generic callee with only one type parameter.
package main

import "fmt"

func Call[T, U any](x T, f func(T) U) U { return f(x) }

func Wrap[T any](x T) float64 {
	return Call(x, func(T) float64 { return 2 })
}

func main() {
	fmt.Println(Wrap(3))
}

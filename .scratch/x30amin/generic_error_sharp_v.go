// Go prints:      oops
//
//	&main.E[int]{V:1}
//
// Session (both styles, SILENT): oops
//
//	interp._error{IValue:(*struct { V int })(0x23092aa56b50), WError:(func() string)(0x53f080)}
//
// %#v of an error whose dynamic type is a generic instance made inside a
// generic function shows the interpreter's wrapper (with addresses).
package main

import "fmt"

type E[T any] struct{ V T }

func (e *E[T]) Error() string { return "oops" }

func f[T any](v T) error { return &E[T]{v} }

func main() {
	err := f(1)
	fmt.Println(err)
	fmt.Printf("%#v\n", err)
}

// Go prints "true". Session, both styles: error
// runtime.Error: runtime error: invalid memory address or nil pointer dereference.
// A type assertion from any to an interface, on a pointer to an instance of a generic type
// with a pointer-receiver method (value receivers work). From iface_x46a_queue_impls.go
// (type switch case interface{ Len() int }).
package main

import "fmt"

type Q[T any] struct{ v T }

func (q *Q[T]) String() string { return "q" }

func main() {
	var x any = &Q[string]{}
	_, ok := x.(fmt.Stringer)
	fmt.Println(ok)
}

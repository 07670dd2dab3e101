// go run: 0
// gobackprop (both styles): panic(*interp.cfgError): 2:14: CFG post-order panic: 8:43: CFG
// post-order panic: runtime error: invalid memory address or nil pointer dereference
// (crash, no useful message). A method of a generic type calls a generic function with an
// explicit [T]; main calls that function directly. If main first calls the method (so the
// function is instantiated through it), the program runs. The KNOWN generics_x6a_set_methods.go
// ends in a CFG post-order nil dereference too; may be the same family.
package main

import "fmt"

type Box[T any] struct{ v T }

func Make[T any]() *Box[T] {
	b := &Box[T]{}
	return b
}

func (b *Box[T]) Again() *Box[T] { return Make[T]() }

func main() {
	fmt.Println(Make[int32]().v)
}

// Reduction of generics_x44b_handler_adapter.go (both styles).
// Go prints:      true
// Session: no output, error in both styles (program and notebook):
//
//	panic(*interp.cfgError): 2:2: CFG post-order panic: 2:2: CFG post-order panic:
//	runtime error: invalid memory address or nil pointer dereference
//
// Trigger: inside a generic function, an explicit instantiation with the
// enclosing type parameter, called with untyped nil: show[Out](nil).
// show[string](nil) from main, show[Out](new(Out)) and inferred show(p) with
// var p *Out all work.
package main

import "fmt"

func outer[Out any]() {
	show[Out](nil)
}

func show[T any](p *T) { fmt.Println(p == nil) }

func main() {
	outer[string]()
}

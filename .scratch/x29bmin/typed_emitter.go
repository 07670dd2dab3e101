// Reduction of generics_x29b_typed_emitter.go (both styles: program and notebook).
// A method whose result is a named func type returns another method's call
// (return t.add()), and the caller then calls the returned func value.
// Go prints:      called
// Session prints: nothing; the run ends in a tool panic:
//
//	panic(*interp.cfgError): 4:2: CFG post-order panic: runtime error:
//	invalid memory address or nil pointer dereference
//
// (notebook style: the same panic at 1:38). Generics are not needed. With an
// unnamed result type (func()), with plain functions instead of methods, or
// without calling the returned value, the session agrees with Go.
package main

import "fmt"

type Sub func()

type T struct{}

func (t *T) On() Sub { return t.add() }

func (t *T) add() Sub { return func() { fmt.Println("called") } }

func main() {
	var t T
	f := t.On()
	f()
}

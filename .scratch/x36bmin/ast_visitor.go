// Reduction of iface_x36b_ast_visitor.go (tool panic, both styles).
// A type assertion to *Bin of a value of a user interface type, where Bin's
// fields have that interface type.
// Go prints:          true bin
// The session prints nothing and fails with:
//
//	panic(*interp.cfgError): ...: interface conversion: interface {} is
//	interp.valueInterface, not *struct { L interp.valueInterface; R interp.valueInterface }
//
// (program and notebook style). With fields of type any or fmt.Stringer and a
// function returning any, the same assertion works.
package main

import "fmt"

type Node interface{ String() string }

type Bin struct{ L, R Node }

func (b *Bin) String() string { return "bin" }

func make1() Node { return &Bin{} }

func main() {
	b := make1().(*Bin)
	fmt.Println(b.L == nil, b)
}

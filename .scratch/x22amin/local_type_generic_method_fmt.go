// go run:      cart
// gobackprop:  program style: CompileError: type not found: main.M[nil]   (clear error)
//
//	notebook style: cart (agrees)
//
// A generic type instantiated with a function-local type (phase) whose method formats the
// type-parameter field, in a program that also declares some type with a String method (Door,
// unused). Without Door, or without the fmt call, it runs. In generics_x22a_fsm.go (program)
// the same shape gives "CompileError: undefined: phase".
package main

import "fmt"

type Door int

func (d Door) String() string { return "door" }

type M[S any] struct{ State S }

func (m *M[S]) Show() string { return fmt.Sprint(m.State) }

func main() {
	type phase string
	m := &M[phase]{"cart"}
	fmt.Println(m.Show())
}

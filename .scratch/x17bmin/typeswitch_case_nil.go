// go run:
//
//	call f
//	<nil>
//	<nil> <nil>
//
// gobackprop (both styles, silent):
//
//	call f
//	?
//	<nil> ?
//
// A nil value of a NON-EMPTY interface type does not match `case nil` in a type switch
// (it falls to default / past the switch). With an `any` operand, case nil works.
package main

import "fmt"

type Expr interface{ Eval() float64 }

type Call struct{ Fn string }

func (c *Call) Eval() float64 { return 0 }

func format(e Expr) string {
	switch e := e.(type) {
	case *Call:
		return "call " + e.Fn
	case nil:
		return "<nil>"
	}
	return "?"
}

type Stringer interface{ String() string }

func format2(e Stringer) string {
	switch e.(type) {
	case nil:
		return "<nil>"
	}
	return "?"
}

func format3(e any) string {
	switch e.(type) {
	case nil:
		return "<nil>"
	}
	return "?"
}

func main() {
	fmt.Println(format(&Call{"f"}))
	fmt.Println(format(nil))
	fmt.Println(format3(nil), format2(nil))
}

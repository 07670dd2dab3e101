// go run: num / ?<nil>  (i.e. lines "num" and "?<nil>")
// gobackprop (both styles): prints "num", then runtime.Error: invalid memory address or nil pointer dereference
// Type switch with a binding (e := e.(type)) on a nil value of a non-empty interface: the default clause uses e (fmt %T) and crashes.
// (A switch with only a default clause works.)
package main

import "fmt"

type Expr interface{ Eval() float64 }

type Num float64

func (n Num) Eval() float64 { return float64(n) }

func format(e Expr) string {
	switch e := e.(type) {
	case Num:
		return "num"
	default:
		return fmt.Sprintf("?%T", e)
	}
}

func main() {
	fmt.Println(format(Num(1)))
	fmt.Println(format(nil))
}

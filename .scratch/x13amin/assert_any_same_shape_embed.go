// go run: false
// gobackprop (both styles): Unsupported: a value of a type of the notebook that gobackprop did not
// expect was asserted to interface{M()}: its type was declared after this code (run that code's
// cell again), or the value lost its type in a top-level variable (assert inside a function, ...)
// (clear error, but the explanation fits neither case: the types are declared above and the value
// is a local. Needs two same-shaped types Dog/Bird embedding base; with only Bird it passes.)
package main

import "fmt"

type base struct{ name string }

func (*base) M() {}

type Dog struct{ base }
type Bird struct{ base }

func main() {
	var a any = Bird{}
	_, ok := a.(interface{ M() })
	fmt.Println(ok)
}

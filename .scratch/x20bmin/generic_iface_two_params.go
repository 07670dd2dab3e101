// generic_iface_two_params: a generic interface with TWO type parameters, instantiated and given a
// value, does not compile in the session. From generics_x20b_constraints_methods.go (both styles,
// Model[In, Out any] interface{ Predict(In) Out } used as Evaluate[In, Out](m Model[In, Out], ...)).
// go run: 7
// gobackprop (program):  panic(*interp.cfgError): 2:25: CFG post-order panic: runtime error: invalid memory address or nil pointer dereference
// gobackprop (notebook): panic(*interp.cfgError): 1:32: CFG post-order panic: runtime error: index out of range [3] with length 3
// Probed: the method need not use both parameters (here Get() A); the same with Get(A) B, with
// Model[int, bool] as a parameter of a plain function, or of a generic function (explicit or inferred
// type arguments), and with var m I[int, bool]; m = t. A ONE-parameter generic interface (I[A any]
// interface{ Get(A) A }, or Model[Out] as a generic function's parameter) works.
package main

import "fmt"

type I[A, B any] interface {
	Get() A
}

type T struct{}

func (T) Get() int { return 7 }

func main() {
	var m I[int, string] = T{}
	fmt.Println(m.Get())
}

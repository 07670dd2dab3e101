// Reduction of generics_x46b_ode_solver.go (both styles).
// Go prints:      Euler Midpoint
// Session prints: nothing; clear error, both styles:
//
//	CompileError: a generic type Euler of the same structure as the generic type
//	Midpoint (the interpreter gives the instances of both one type, and the methods
//	of one to the other) is not supported by gobackprop: give Euler or Midpoint a
//	field the other does not have
//
// Two distinct empty generic struct types with methods (a common "strategy" pattern)
// are refused.
package main

import "fmt"

type Euler[T any] struct{}

func (Euler[T]) Name() string { return "Euler" }

type Midpoint[T any] struct{}

func (Midpoint[T]) Name() string { return "Midpoint" }

func main() {
	fmt.Println(Euler[float64]{}.Name(), Midpoint[float64]{}.Name())
}

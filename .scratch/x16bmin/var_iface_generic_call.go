// go run: dual
// gobackprop program style (inside func main): SyntaxError: expected '(', found _gbm
// notebook style (statement at a cell's top level) agrees. From generics_x16b_constraints.go.
package main

import "fmt"

type Dual[T ~float64] struct{ V, D T }

func (a Dual[T]) String() string { return "dual" }

func Var[T ~float64](v T) Dual[T] { return Dual[T]{V: v, D: 1} }

func main() {
	var s fmt.Stringer = Var(1.5)
	fmt.Println(s)
}

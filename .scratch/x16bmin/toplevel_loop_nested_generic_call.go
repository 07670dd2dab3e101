// go run: {1}\n{2}  (both styles)
// gobackprop notebook style (loop at a cell's top level): runtime error: invalid memory address or nil pointer dereference
// program style (same code inside func main) agrees. From generics_x16b_constraints.go.
package main

import "fmt"

type Box[T any] struct{ V T }

func Wrap[T any](v T) Box[T] { return Box[T]{v} }

func Id[S any](x S) S { return x }

func main() {
	for _, x := range []int{1, 2} {
		fmt.Println(Id(Wrap(x)))
	}
}

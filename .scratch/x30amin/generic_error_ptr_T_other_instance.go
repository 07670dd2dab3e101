// Go prints:      true, then oops *main.E[int]
// Session (both styles): prints true, then a clear but misleading error:
//
//	panic(*errors.errorString): the type of this value is lost: it is a struct
//	of a type the cell declares, ... use a pointer to the struct as the error
//	(return &MyErr{...})
//
// The error already is a pointer; this is what algo_x30a_toposort.go shows
// (main names *CycleError[string], the failing value is *CycleError[int]).
package main

import "fmt"

type E[T any] struct{ V T }

func (e *E[T]) Error() string { return "oops" }

func f[T any](v T) error { return &E[T]{v} }

func main() {
	var e *E[string]
	fmt.Println(e == nil)
	err := f(1)
	fmt.Printf("%v %T\n", err, err)
}

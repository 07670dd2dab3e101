// Go prints:      oops *main.E[int]
// Session (both styles): clear error, nothing printed:
//
//	panic(*errors.errorString): the type of this value is lost: it is of a
//	type the interpreter keeps in an error or fmt.Stringer with its methods
//	but without its name (an instance of a generic type made inside a generic
//	function); %T needs the type - make a value of that instance
//	(CycleError[int]{}) in the cell first, or print the type another way
//
// (The suggestion names CycleError[int], a type this program does not have.)
package main

import "fmt"

type E[T any] struct{ V T }

func (e *E[T]) Error() string { return "oops" }

func f[T any](v T) error { return &E[T]{v} }

func main() {
	err := f(1)
	fmt.Printf("%v %T\n", err, err)
}

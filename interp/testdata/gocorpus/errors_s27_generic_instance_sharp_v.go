// %T and %#v of an error holding an instance of a generic type made in a
// generic function, after the cell made a value of that instance.
package main

import "fmt"

type E[T any] struct{ V T }

func (e *E[T]) Error() string { return "oops" }

func f[T any](v T) error { return &E[T]{v} }

func main() {
	_ = E[int]{}
	err := f(1)
	fmt.Println(err)
	fmt.Printf("%T %#v\n", err, err)
}

// Exercises: %T of an error holding a pointer to an instance of a generic error type made in a generic function,
// with the instance named in main first (printed as interp._error, silently, before).
package main

import "fmt"

type CycleError[T any] struct{ Path []T }

func (e *CycleError[T]) Error() string { return fmt.Sprint("cycle ", e.Path) }

func find[T any](x T) error { return &CycleError[T]{[]T{x}} }

func main() {
	_ = CycleError[int]{}
	err := find(1)
	fmt.Printf("%v | %T\n", err, err)
}

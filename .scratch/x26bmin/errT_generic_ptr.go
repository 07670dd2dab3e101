// %T of an error whose dynamic type is a pointer to a generic struct instance.
//
// go run:      cycle [1] | *main.CycleError[int]
// gobackprop:  cycle [1] | interp._error     (both styles, no error: SILENT WRONG ANSWER)
//
// When the program also uses errors.As with *CycleError[string], the same %T ends in a
// clear (but misleading) error instead - see errT_generic_ptr_as.go.
// Found in generics_x26b_toposort.go.
package main

import "fmt"

type CycleError[T any] struct{ Path []T }

func (e *CycleError[T]) Error() string { return fmt.Sprint("cycle ", e.Path) }

func find[T any](x T) error { return &CycleError[T]{[]T{x}} }

func main() {
	err := find(1)
	fmt.Printf("%v | %T\n", err, err)
}

// errors.As with one instance of a generic error type, then %T of another instance.
//
// go run:      cycle [a a] true 2
//
//	cycle [1 1] | *main.CycleError[int]
//
// gobackprop:  cycle [a a] true 2
//
//	panic: "the type of this value is lost: it is a struct of a type the cell
//	declares, ... use a pointer to the struct as the error (return &MyErr{...})"
//	(both styles, clear error - though the program already returns a pointer)
//
// Found in generics_x26b_toposort.go.
package main

import (
	"errors"
	"fmt"
)

type CycleError[T any] struct{ Path []T }

func (e *CycleError[T]) Error() string { return fmt.Sprint("cycle ", e.Path) }

func find[T any](x T) ([]T, error) { return nil, &CycleError[T]{[]T{x, x}} }

func main() {
	_, err := find("a")
	var ce *CycleError[string]
	fmt.Println(err, errors.As(err, &ce), len(ce.Path))
	_, err = find(1)
	fmt.Printf("%v | %T\n", err, err)
}

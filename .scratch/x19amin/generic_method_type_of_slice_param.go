// Reduction of generics_x19a_result_type.go (both styles).
// go run:      start
// gobackprop:  (no output) runtime.Error: runtime error: invalid memory address or nil pointer dereference
// A generic type with a method, plus a generic function whose result is that type instantiated
// with a type built from the function's own parameter (Box[[]T]); the function need not be called.
// Variant: func Wrap[T any](x T) Box[*T] { return Box[*T]{&x} } with main printing *Wrap(1).Get()
// fails with "interface conversion: reflect.Type is nil, not *reflect.rtype" (go run prints 1).
// Without the method, Box[[]T] works.
package main

import "fmt"

type Box[T any] struct{ val T }

func (b Box[T]) Get() T { return b.val }

func Wrap[T any](x T) Box[[]T] { return Box[[]T]{[]T{x}} }

func main() {
	fmt.Println("start")
}

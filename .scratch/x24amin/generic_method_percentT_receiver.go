// Reduced from ds_x24a_deque_generic.go (both styles).
// go run:      *main.Deque[int]
// gobackprop:  CompileError: the name of *main.Deque[T], a type spelled with a type parameter,
//
//	inside the generic function (%T, %#v or reflect would show the parameter, ...)
//	is not supported by gobackprop ...   (clear error, nothing printed)
//
// The original: panic(fmt.Errorf("PopBack on empty %T", d)) in a method of a generic type.
package main

import "fmt"

type Deque[T any] struct{ n int }

func (d *Deque[T]) Name() string { return fmt.Sprintf("%T", d) }

func main() {
	var d Deque[int]
	fmt.Println(d.Name())
}

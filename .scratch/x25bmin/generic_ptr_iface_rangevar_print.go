// Reduced from generics_x25b_stack_queue.go (notebook style only; whole-program style agrees).
// A pointer to a generic struct held in a (non-generic) interface, taken as the range
// variable of a top-level for-range loop and passed to fmt.
// go run:      &{0}
// gobackprop (notebook style): no output, error
//
//	runtime.Error: runtime error: invalid memory address or nil pointer dereference
//
// Passes: indexing (c := cs[i]), calling c.Get(), []any element, non-generic Box.
package main

import "fmt"

type Box[T any] struct{ v T }

func (b *Box[T]) Get() T { return b.v }

type Getter interface{ Get() int }

func main() {
	for _, c := range []Getter{&Box[int]{}} {
		fmt.Println(c)
	}
}

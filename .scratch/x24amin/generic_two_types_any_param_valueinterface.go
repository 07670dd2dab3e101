// Reduced from ds_x24a_ring_queue.go (notebook style), same family as generic_ptr_any_param_typename.go.
// go run:      *main.Ring[int]
//
//	*main.Two[int]
//
// gobackprop (notebook): interp.valueInterface
//
//	*struct { Xin []int }        (SILENT)
//
// program style agrees. The first of two generic types (the one with a method) prints as
// interp.valueInterface.
package main

import "fmt"

type Ring[T any] struct{ size int }

func (r *Ring[T]) Len() int { return r.size }

type Two[T any] struct{ in []T }

func show(q any) {
	fmt.Printf("%T\n", q)
}

func main() {
	show(&Ring[int]{})
	show(&Two[int]{})
}

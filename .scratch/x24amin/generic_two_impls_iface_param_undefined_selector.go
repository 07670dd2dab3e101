// Reduced from ds_x24a_ring_queue.go (program style).
// go run:      *main.Ring[int]
//
//	*main.Two[int]
//
// gobackprop (program, whole file in one cell): CompileError: undefined selector: size  (no output)
// gobackprop (notebook): *struct { Xsize int } / *struct { Xin []int }  (SILENT)
// Needs two generic types that both implement the interface, and %T of the interface
// parameter inside a function (no %T, or one non-generic type, or no function: all fine).
package main

import "fmt"

type Ring[T any] struct{ size int }

func (r *Ring[T]) Len() int { return r.size }

type Two[T any] struct{ in []T }

func (q *Two[T]) Len() int { return len(q.in) }

func show(q interface{ Len() int }) {
	fmt.Printf("%T\n", q)
}

func main() {
	show(&Ring[int]{})
	show(&Two[int]{})
}

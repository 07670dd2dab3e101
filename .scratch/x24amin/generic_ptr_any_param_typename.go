// Reduced from ds_x24a_ring_queue.go (notebook style).
// go run:      *main.Ring[int]
// gobackprop (notebook: decls in one cell, main's body in the next): *struct { Xsize int }  (SILENT)
// program style (one cell) agrees. A pointer to an instantiated generic struct passed to a
// func's `any` (or interface) parameter; %T inside the func spells the lowered struct.
package main

import "fmt"

type Ring[T any] struct{ size int }

func show(q any) {
	fmt.Printf("%T\n", q)
}

func main() {
	show(&Ring[int]{})
}

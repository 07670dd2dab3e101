// Reduction of methods_x50a_block_device.go (both styles, program and notebook).
// Go prints:      {3} 4
// Session prints: nothing, then the error
//
//	panic: reflect.Set: value of type interp.valueInterface is not assignable to type int
//
// A function whose results are (non-empty interface, int) returning the
// interface value and an arithmetic expression containing a method call on it.
// `return d, d.Blocks()` works, and so does the same with results (any, int).
package main

import "fmt"

type Dev interface{ Blocks() int }

type D struct{ n int }

func (d D) Blocks() int { return d.n }

func b(d Dev) (Dev, int) { return d, 1 + d.Blocks() }

func main() {
	fmt.Println(b(D{3}))
}

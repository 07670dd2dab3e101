// Reduction of conc_x33a_ordone_tee.go (tee calls orDone(done, in), both generic).
// Go prints:      1
// Session prints: nothing; the cell fails with
//
//	panic(*interp.cfgError): 4:14: CFG post-order panic: runtime error: invalid memory address or nil pointer dereference
//	(notebook style: 1:40: the same message)
//
// Styles: both; a crash of the tool (internal panic reported as the cell's error).
// A generic function passes its receive-only channel parameter (<-chan T) to
// another generic function, with T inferred. Explicit instantiation
// (pass[T](in)) or a bidirectional chan T works.
package main

import "fmt"

func pass[T any](c <-chan T) int { return len(c) }

func count[T any](in <-chan T) int {
	return pass(in)
}

func main() {
	c := make(chan int, 1)
	c <- 7
	fmt.Println(count(c))
}

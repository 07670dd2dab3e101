// Reduction of algo_x43b_parallel_mergesort.go (silent part; both styles).
// A generic function that calls itself inside a closure and assigns the
// result to a variable the closure captures loses the assignment: the
// variable keeps its zero value.
// go run prints:      7 go
// gobackprop prints:  0      (program and notebook style; no error: SILENT)
// Not affected: the same without the closure (r := F(x, depth-1)), or a
// closure assigning a captured variable without the recursive call, or a
// non-generic recursive function with the closure (all agree with Go).
// The same happens when the closure runs in a goroutine (the parallel
// merge sort's go func() { left = ParallelSort(...) }()).
package main

import "fmt"

func F[T any](x T, depth int) T {
	if depth == 0 {
		return x
	}
	var r T
	f := func() { r = F(x, depth-1) }
	f()
	return r
}

func main() {
	fmt.Println(F(7, 1), F("go", 2))
}

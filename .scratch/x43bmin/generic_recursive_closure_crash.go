// Reduction of algo_x43b_parallel_mergesort.go (crash part; both styles).
// Same lost assignment as generic_recursive_closure_assign.go; here the
// wrongly nil slice is then sliced past its capacity, and the panic this
// raises in the session is not reported as a cell error: the whole worker
// process dies (exit status 2, "the worker process died on it").
// go run prints:      [3 4]
// gobackprop:         the process running the session dies (program and
//
//	notebook style). A plain `var s []int; s[:2]` panic
//	is reported normally and agrees with Go, and with a
//	deferred recover the session recovers
//	"slice bounds out of range [:2] with capacity 0".
package main

import "fmt"

func F[T any](xs []T, depth int) []T {
	if depth == 0 {
		return xs
	}
	var r []T
	f := func() { r = F(xs, depth-1) }
	f()
	return r
}

func main() {
	s := F([]int{3, 4}, 1)
	fmt.Println(s[:2])
}

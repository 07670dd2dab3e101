// Reduced from algo_x28a_sorting_algorithms.go (mergeSort[T cmp.Ordered]).
// No `var` here: `l, r := rec(..), rec(..)` in a generic recursive function, followed
// by the parallel assignment `out, l = append(out, l[0]), l[1:]`, makes the call return
// nil. With the assignment split in two statements (out = ...; l = ...) it works.
// Go prints:      [3 1 2]
// session prints: []
// (both styles; no error)

package main

import "fmt"

func rec[T any](a []T) []T {
	if len(a) <= 1 {
		return a
	}
	l, r := rec(a[:1]), rec(a[1:])
	out := make([]T, 0, len(a))
	out, l = append(out, l[0]), l[1:]
	return append(out, r...)
}

func main() {
	fmt.Println(rec([]int{3, 1, 2}))
}

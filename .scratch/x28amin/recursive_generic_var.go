// Reduced from algo_x28a_sorting_algorithms.go (generic mergeSort returned an empty slice).
// A generic recursive function whose body declares a variable with `var` from a
// recursive call returns its zero value at that point: the rest of the body is skipped.
// Go prints:      after 5
//                 5
// session prints: 0
// (both styles; no error)

package main

import "fmt"

func rec[T any](a T, d int) T {
	if d == 0 {
		return a
	}
	var x = rec(a, d-1)
	fmt.Println("after", x)
	return a
}

func main() {
	fmt.Println(rec(5, 1))
}

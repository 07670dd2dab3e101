// Compile error: using + on a type parameter constrained only by any.
// Expected: invalid operation: operator + not defined on total (variable of type T constrained by any)
package main

import "fmt"

func Sum[T any](xs []T) T {
	var total T
	for _, x := range xs {
		total = total + x
	}
	return total
}

func main() {
	fmt.Println(Sum([]int{1, 2}))
}

// Compile error: instantiating a cmp.Ordered generic function with bool.
// Expected: bool does not satisfy cmp.Ordered
package main

import (
	"cmp"
	"fmt"
)

func Largest[T cmp.Ordered](xs []T) T {
	m := xs[0]
	for _, x := range xs {
		m = max(m, x)
	}
	return m
}

func main() {
	fmt.Println(Largest([]int{1, 5, 2}))
	fmt.Println(Largest([]bool{true, false}))
}

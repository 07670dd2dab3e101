// Exercises: a loop variable's address stored in a slice (a distinct variable per iteration since Go 1.22), writes through it do not reach the slice
package main

import "fmt"

var weights = []float64{0.1, 0.2, 0.3}

func collect() []*float64 {
	var ptrs []*float64
	for _, w := range weights {
		ptrs = append(ptrs, &w)
	}
	return ptrs
}

func collectRight() []*float64 {
	var ptrs []*float64
	for i := range weights {
		ptrs = append(ptrs, &weights[i])
	}
	return ptrs
}

func scale(ptrs []*float64, k float64) {
	for _, p := range ptrs {
		*p *= k
	}
}

func main() {
	ps := collect()
	scale(ps, 10)
	fmt.Println("via loop var:", weights, *ps[0], *ps[2], ps[0] == ps[1])
	scale(collectRight(), 10)
	fmt.Println("via index:", weights)
	var idx []*int
	for i := 0; i < 3; i++ {
		idx = append(idx, &i)
		i += 0
	}
	fmt.Println(*idx[0], *idx[1], *idx[2])
}

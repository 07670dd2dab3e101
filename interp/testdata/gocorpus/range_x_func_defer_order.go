// Exercises: defers in the body of a range-over-func loop run when the
// function returns, in Go's order with the function's other defers, also
// when it panics, and a deferred closure may change a named result.
package main

import (
	"fmt"
	"maps"
	"slices"
)

func order() (n int) {
	defer fmt.Println("first defer, n =", n)
	defer func() { n *= 10 }()
	for i, v := range slices.All([]string{"x", "y"}) {
		defer fmt.Println("loop defer", i, v)
		n++
	}
	m := map[string]int{"k": 1}
	for k := range maps.Keys(m) {
		defer func() { fmt.Println("closure over", k) }()
	}
	defer fmt.Println("last defer")
	return n
}

func panics() {
	defer fmt.Println("runs while panicking")
	for v := range slices.Values([]int{1, 2}) {
		defer fmt.Println("loop defer", v)
		if v == 2 {
			panic("boom")
		}
	}
}

func main() {
	fmt.Println("order returned", order())
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		panics()
	}()
	for v := range slices.Values([]int{7}) {
		defer fmt.Println("main's loop defer", v)
	}
	fmt.Println("end of main")
}

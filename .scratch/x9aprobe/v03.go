// Exercises: err reused across := with new vars, explicit generic instantiation, defers in a loop in main
package main

import (
	"fmt"
	"strconv"
)

func Map[T, U any](xs []T, f func(T) U) []U {
	var out []U
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func main() {
	a, err := strconv.Atoi("12")
	fmt.Println(a, err)
	b, err := strconv.Atoi("x")
	fmt.Println(b, err != nil)
	strs := Map[int, string]([]int{1, 2}, strconv.Itoa)
	fmt.Printf("%q\n", strs)
	for i := range 3 {
		defer fmt.Println("deferred", i)
	}
	fmt.Println("end of main")
}

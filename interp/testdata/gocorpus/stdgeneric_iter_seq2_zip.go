// Exercises: an iter.Seq2 zipping two slices, with early break.
package main

import (
	"fmt"
	"iter"
)

func Zip[A, B any](as []A, bs []B) iter.Seq2[A, B] {
	return func(yield func(A, B) bool) {
		for i := range min(len(as), len(bs)) {
			if !yield(as[i], bs[i]) {
				return
			}
		}
	}
}

func main() {
	names := []string{"x", "y", "z", "w"}
	vals := []float64{1.5, 2.5, 3.5}
	for n, v := range Zip(names, vals) {
		fmt.Println(n, v)
	}
	for n, v := range Zip(names, vals) {
		if v > 2 {
			fmt.Println("stop at", n)
			break
		}
	}
	count := 0
	for range Zip([]int{1, 2}, []bool{true}) {
		count++
	}
	fmt.Println(count)
}

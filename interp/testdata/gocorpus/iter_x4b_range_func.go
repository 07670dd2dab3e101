// Exercises: iter.Seq and iter.Seq2 over mini-batches, range over func with early break, range over int, slices.Collect
package main

import (
	"fmt"
	"iter"
	"slices"
)

func Batches(n, size int) iter.Seq2[int, []int] {
	return func(yield func(int, []int) bool) {
		idx, b := make([]int, 0, size), 0
		for i := range n {
			idx = append(idx, i)
			if len(idx) == size || i == n-1 {
				if !yield(b, idx) {
					return
				}
				b++
				idx = idx[:0]
			}
		}
	}
}

func Steps(lr float64, decay float64) iter.Seq[float64] {
	return func(yield func(float64) bool) {
		for yield(lr) {
			lr *= decay
		}
	}
}

func main() {
	for b, idx := range Batches(10, 4) {
		fmt.Println("batch", b, idx)
	}
	var kept [][]int
	for _, idx := range Batches(7, 3) {
		kept = append(kept, idx) // shares the backing array: a classic iterator trap
	}
	fmt.Println(kept)
	n := 0
	for lr := range Steps(0.1, 0.5) {
		if n++; n > 4 {
			break
		}
		fmt.Printf("%.4f ", lr)
	}
	fmt.Println()
	sq := slices.Collect(func(yield func(int) bool) {
		for i := range 5 {
			if !yield(i * i) {
				return
			}
		}
	})
	fmt.Println(sq, len(sq))
}

// Exercises: mini-batches as an iter.Seq2 range-over-func, early break from the loop, slices.Chunk, a permutation with a fixed-seed rand
package main

import (
	"fmt"
	"iter"
	"math/rand"
	"slices"
)

func Batches(idx []int, size int) iter.Seq2[int, []int] {
	return func(yield func(int, []int) bool) {
		for b := 0; b*size < len(idx); b++ {
			end := min((b+1)*size, len(idx))
			if !yield(b, idx[b*size:end]) {
				fmt.Println("  (stopped early)")
				return
			}
		}
	}
}

func main() {
	r := rand.New(rand.NewSource(42))
	idx := r.Perm(10)
	fmt.Println("perm:", idx)
	for b, batch := range Batches(idx, 4) {
		fmt.Println("batch", b, batch)
	}
	for b, batch := range Batches(idx, 3) {
		if b == 2 {
			break
		}
		fmt.Println("short", b, len(batch))
	}
	for c := range slices.Chunk([]string{"a", "b", "c", "d", "e"}, 2) {
		fmt.Print(c, " ")
	}
	fmt.Println()
	sorted := slices.Sorted(slices.Values(idx))
	fmt.Println(sorted, slices.Index(idx, 0), slices.Max(idx))
}

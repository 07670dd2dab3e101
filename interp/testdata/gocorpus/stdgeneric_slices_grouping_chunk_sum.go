// Exercises: combining slices.Chunk with slices.Max and generic sum per chunk.
package main

import (
	"fmt"
	"slices"
)

func sum(xs []int) (s int) {
	for _, x := range xs {
		s += x
	}
	return
}

func main() {
	readings := []int{3, 8, 1, 9, 4, 4, 7, 2, 6, 5, 0}
	week := 1
	for chunk := range slices.Chunk(readings, 4) {
		fmt.Printf("group %d: %v sum=%d max=%d\n", week, chunk, sum(chunk), slices.Max(chunk))
		week++
	}
	chunks := slices.Collect(slices.Chunk(readings, 5))
	fmt.Println(len(chunks), chunks[len(chunks)-1])
}

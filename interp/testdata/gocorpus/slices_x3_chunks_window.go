// Exercises: slicing into batches (mini-batches), sliding windows, slices.Chunk iteration
package main

import (
	"fmt"
	"slices"
)

func main() {
	data := []int{1, 2, 3, 4, 5, 6, 7}
	batch := 3
	for i := 0; i < len(data); i += batch {
		end := min(i+batch, len(data))
		fmt.Println("batch", data[i:end])
	}
	for c := range slices.Chunk(data, 4) {
		fmt.Println("chunk", c)
	}
	for i := 0; i+3 <= len(data); i++ {
		w := data[i : i+3]
		fmt.Print(w[0]+w[1]+w[2], " ")
	}
	fmt.Println()
}

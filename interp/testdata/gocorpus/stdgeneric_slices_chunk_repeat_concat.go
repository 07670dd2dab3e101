// Exercises: slices.Chunk, slices.Repeat, slices.Concat.
package main

import (
	"fmt"
	"slices"
)

func main() {
	xs := []int{1, 2, 3, 4, 5, 6, 7}
	for c := range slices.Chunk(xs, 3) {
		fmt.Println(c, len(c))
	}
	r := slices.Repeat([]string{"ab", "c"}, 3)
	fmt.Println(r, len(r))
	all := slices.Concat([]int{1}, nil, []int{2, 3}, []int{})
	fmt.Println(all, len(all))
	for c := range slices.Chunk([]string{"only"}, 5) {
		fmt.Println(c)
	}
	fmt.Println(len(slices.Repeat([]int{}, 10)))
}

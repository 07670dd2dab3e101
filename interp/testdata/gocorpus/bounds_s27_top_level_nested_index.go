// Nested index expressions among a notebook's top-level statements (the
// notebook style puts main's body there), with a checked index.
package main

import (
	"fmt"
	"math/rand"
)

func main() {
	r := rand.New(rand.NewSource(1))
	x := []int{10, 20, 30}
	perm := r.Perm(3)
	fmt.Println(x[perm[1]] > 0, len(perm))
	grid := [][]int{{1, 2}, {3, 4}}
	rows := []int{1, 0}
	fmt.Println(grid[rows[0]][rows[1]])
	defer func() { fmt.Println("recovered:", recover()) }()
	idx := []int{5}
	fmt.Println(x[idx[0]])
}

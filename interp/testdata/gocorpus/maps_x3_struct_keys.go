// Exercises: struct values as map keys, arrays as keys, map of slices
package main

import "fmt"

type Edge struct{ From, To string }

func main() {
	weights := map[Edge]float64{
		{"x", "h"}: 0.5,
		{"h", "y"}: -1.2,
	}
	weights[Edge{"x", "h"}] += 0.25
	fmt.Println(weights[Edge{"x", "h"}], weights[Edge{"y", "x"}])
	fmt.Println(weights)
	grid := map[[2]int]bool{{0, 0}: true, {1, 2}: true}
	fmt.Println(grid[[2]int{1, 2}], grid[[2]int{2, 1}])
	adj := map[string][]string{}
	for e := range weights {
		adj[e.From] = append(adj[e.From], e.To)
	}
	fmt.Println(adj)
}

// Exercises: slices.Max, slices.Min, slices.MaxFunc, slices.Reverse, slices.Clone.
package main

import (
	"fmt"
	"slices"
)

type City struct {
	Name string
	Pop  int
}

func main() {
	xs := []float64{2.5, -1, 9.75, 3}
	fmt.Println(slices.Max(xs), slices.Min(xs))
	cities := []City{{"A", 500}, {"B", 1200}, {"C", 800}}
	biggest := slices.MaxFunc(cities, func(a, b City) int { return a.Pop - b.Pop })
	smallest := slices.MinFunc(cities, func(a, b City) int { return a.Pop - b.Pop })
	fmt.Println(biggest, smallest)
	c := slices.Clone(xs)
	slices.Reverse(c)
	fmt.Println(xs, c)
	c[0] = 100
	fmt.Println(xs[3], c[0])
	fmt.Println(slices.Clone([]int(nil)) == nil)
}

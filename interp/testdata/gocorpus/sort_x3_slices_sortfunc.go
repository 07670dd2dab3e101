// Exercises: slices.SortStableFunc with cmp.Or, slices.MinFunc/MaxFunc, BinarySearchFunc on sorted structs
package main

import (
	"cmp"
	"fmt"
	"slices"
)

type Checkpoint struct {
	Step int
	Loss float64
	Tag  string
}

func main() {
	cps := []Checkpoint{{300, 0.42, "b"}, {100, 0.9, "a"}, {200, 0.42, "a"}, {400, 0.5, "c"}}
	best := slices.MinFunc(cps, func(a, b Checkpoint) int { return cmp.Compare(a.Loss, b.Loss) })
	last := slices.MaxFunc(cps, func(a, b Checkpoint) int { return a.Step - b.Step })
	fmt.Println(best, last)
	slices.SortStableFunc(cps, func(a, b Checkpoint) int {
		return cmp.Or(cmp.Compare(a.Loss, b.Loss), cmp.Compare(b.Step, a.Step))
	})
	fmt.Println(cps)
	slices.SortFunc(cps, func(a, b Checkpoint) int { return cmp.Compare(a.Step, b.Step) })
	i, ok := slices.BinarySearchFunc(cps, 250, func(c Checkpoint, step int) int { return cmp.Compare(c.Step, step) })
	fmt.Println(i, ok, cps[i].Step)
}

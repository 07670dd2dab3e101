// Exercises: slices.SortedFunc, slices.SortedStableFunc over a sequence.
package main

import (
	"cmp"
	"fmt"
	"slices"
)

type Job struct {
	Name     string
	Priority int
}

func main() {
	jobs := []Job{{"backup", 2}, {"email", 1}, {"build", 2}, {"alert", 3}, {"clean", 1}}
	byPrio := slices.SortedStableFunc(slices.Values(jobs), func(a, b Job) int {
		return cmp.Compare(b.Priority, a.Priority)
	})
	fmt.Println(byPrio)
	byName := slices.SortedFunc(slices.Values(jobs), func(a, b Job) int { return cmp.Compare(a.Name, b.Name) })
	fmt.Println(byName)
	fmt.Println(jobs[0])
}

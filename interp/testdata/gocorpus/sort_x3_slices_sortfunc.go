// Exercises: slices.SortFunc with cmp.Compare, slices.SortStableFunc, strings.Compare, reverse order
package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type Emp struct {
	Name string
	Dept string
	Age  int
}

func main() {
	es := []Emp{{"Zoe", "ops", 30}, {"Al", "dev", 25}, {"Bo", "ops", 25}, {"Cy", "dev", 40}}
	slices.SortFunc(es, func(a, b Emp) int {
		return cmp.Or(strings.Compare(a.Dept, b.Dept), cmp.Compare(b.Age, a.Age))
	})
	fmt.Println(es)
	slices.SortStableFunc(es, func(a, b Emp) int { return cmp.Compare(a.Age, b.Age) })
	fmt.Println(es)
	idx := slices.IndexFunc(es, func(e Emp) bool { return e.Name == "Cy" })
	fmt.Println(idx, slices.IsSortedFunc(es, func(a, b Emp) int { return a.Age - b.Age }))
}

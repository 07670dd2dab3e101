// Exercises: slices.SortFunc with cmp.Compare and slices.SortStableFunc on structs.
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
	emps := []Emp{
		{"zed", "ops", 30}, {"amy", "dev", 25}, {"bob", "ops", 25},
		{"cat", "dev", 40}, {"dan", "dev", 25},
	}
	slices.SortFunc(emps, func(a, b Emp) int {
		return cmp.Or(cmp.Compare(a.Dept, b.Dept), cmp.Compare(b.Age, a.Age), strings.Compare(a.Name, b.Name))
	})
	fmt.Println(emps)
	slices.SortStableFunc(emps, func(a, b Emp) int { return cmp.Compare(a.Age, b.Age) })
	fmt.Println(emps)
	idx, ok := slices.BinarySearchFunc(emps, 30, func(e Emp, age int) int { return cmp.Compare(e.Age, age) })
	fmt.Println(idx, ok)
}

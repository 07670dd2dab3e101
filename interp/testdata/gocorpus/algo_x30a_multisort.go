package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type Employee struct {
	Name   string
	Dept   string
	Salary int
	Age    int
}

func main() {
	staff := []Employee{
		{"Alice", "eng", 120, 34},
		{"Bob", "ops", 90, 45},
		{"Carol", "eng", 120, 29},
		{"Dan", "sales", 70, 38},
		{"Eve", "ops", 95, 31},
		{"Frank", "eng", 105, 41},
		{"Grace", "sales", 70, 27},
	}

	slices.SortFunc(staff, func(a, b Employee) int {
		return cmp.Or(
			cmp.Compare(a.Dept, b.Dept),
			-cmp.Compare(a.Salary, b.Salary),
			strings.Compare(a.Name, b.Name),
		)
	})
	for _, e := range staff {
		fmt.Printf("%-6s %-5s %4d %d\n", e.Name, e.Dept, e.Salary, e.Age)
	}

	byAge := slices.Clone(staff)
	slices.SortStableFunc(byAge, func(a, b Employee) int { return cmp.Compare(a.Age, b.Age) })
	fmt.Println("youngest:", byAge[0].Name, "oldest:", byAge[len(byAge)-1].Name)

	i, found := slices.BinarySearchFunc(byAge, 38, func(e Employee, age int) int {
		return cmp.Compare(e.Age, age)
	})
	fmt.Println("age 38 at", i, found, byAge[i].Name)

	oldest := slices.MaxFunc(staff, func(a, b Employee) int { return cmp.Compare(a.Age, b.Age) })
	fmt.Printf("%+v\n", oldest)

	idx := slices.IndexFunc(staff, func(e Employee) bool { return e.Dept == "ops" })
	fmt.Println("first ops index", idx, slices.ContainsFunc(staff, func(e Employee) bool { return e.Salary > 200 }))

	for chunk := range slices.Chunk(staff, 3) {
		var names []string
		for _, e := range chunk {
			names = append(names, e.Name)
		}
		fmt.Println(len(chunk), names)
	}

	salaries := make([]int, 0, len(staff))
	for _, e := range staff {
		salaries = append(salaries, e.Salary)
	}
	slices.Sort(salaries)
	fmt.Println(salaries, slices.Compact(slices.Clone(salaries)))
	slices.Reverse(salaries)
	fmt.Println(salaries, slices.IsSorted(salaries))

	depts := slices.CompactFunc(slices.Clone(staff), func(a, b Employee) bool { return a.Dept == b.Dept })
	for _, d := range depts {
		fmt.Print(d.Dept, " ")
	}
	fmt.Println()
	fmt.Println(cmp.Or("", "default"), cmp.Or(0, 0, 3), cmp.Less(1.5, 2.0))
}

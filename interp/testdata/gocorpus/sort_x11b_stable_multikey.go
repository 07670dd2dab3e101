// Exercises: sort.Slice with a stable multi-key sort, sort.SliceStable preserving input order of equal keys, sort.Search
package main

import (
	"fmt"
	"sort"
)

type Employee struct {
	Name string
	Dept string
	Age  int
	Pay  float64
}

func main() {
	staff := []Employee{
		{"ann", "eng", 31, 120}, {"bob", "ops", 45, 90}, {"cid", "eng", 25, 120},
		{"dee", "ops", 45, 95}, {"eve", "eng", 31, 110}, {"fay", "hr", 38, 70},
		{"gus", "eng", 25, 120},
	}
	sort.SliceStable(staff, func(i, j int) bool { return staff[i].Age < staff[j].Age })
	sort.SliceStable(staff, func(i, j int) bool { return staff[i].Dept < staff[j].Dept })
	for _, e := range staff {
		fmt.Printf("%s/%s/%d ", e.Dept, e.Name, e.Age)
	}
	fmt.Println()
	sort.Slice(staff, func(i, j int) bool {
		a, b := staff[i], staff[j]
		switch {
		case a.Pay != b.Pay:
			return a.Pay > b.Pay
		case a.Age != b.Age:
			return a.Age < b.Age
		default:
			return a.Name < b.Name
		}
	})
	for _, e := range staff {
		fmt.Printf("%s:%.0f:%d ", e.Name, e.Pay, e.Age)
	}
	fmt.Println()
	ages := []int{}
	for _, e := range staff {
		ages = append(ages, e.Age)
	}
	sort.Ints(ages)
	i := sort.SearchInts(ages, 38)
	j := sort.Search(len(ages), func(k int) bool { return ages[k] > 40 })
	fmt.Println(ages, i, j, sort.IntsAreSorted(ages))
}

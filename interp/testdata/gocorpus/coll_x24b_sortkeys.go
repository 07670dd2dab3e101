package main

import (
	"cmp"
	"fmt"
	"slices"
	"sort"
	"strings"
)

type Employee struct {
	Name   string
	Dept   string
	Salary int
	Age    int
}

type byDeptThenSalary []Employee

func (s byDeptThenSalary) Len() int      { return len(s) }
func (s byDeptThenSalary) Swap(i, j int) { s[i], s[j] = s[j], s[i] }
func (s byDeptThenSalary) Less(i, j int) bool {
	if s[i].Dept != s[j].Dept {
		return s[i].Dept < s[j].Dept
	}
	return s[i].Salary > s[j].Salary
}

func main() {
	staff := []Employee{
		{"Zoe", "eng", 120, 31}, {"Al", "ops", 90, 45}, {"Bea", "eng", 120, 28},
		{"Cy", "eng", 100, 39}, {"Di", "ops", 95, 22}, {"Ed", "hr", 70, 50},
		{"Fay", "hr", 70, 29},
	}
	s1 := slices.Clone(staff)
	sort.Sort(byDeptThenSalary(s1))
	for _, e := range s1 {
		fmt.Printf("%-4s|%-3s|%4d|%3d\n", e.Name, e.Dept, e.Salary, e.Age)
	}
	fmt.Println(strings.Repeat("-", 18))
	s2 := slices.Clone(staff)
	slices.SortStableFunc(s2, func(a, b Employee) int {
		return cmp.Or(
			cmp.Compare(b.Salary, a.Salary),
			strings.Compare(a.Dept, b.Dept),
			cmp.Compare(a.Age, b.Age),
		)
	})
	for _, e := range s2 {
		fmt.Print(e.Name, " ")
	}
	fmt.Println()

	byDept := map[string][]Employee{}
	for _, e := range staff {
		byDept[e.Dept] = append(byDept[e.Dept], e)
	}
	depts := make([]string, 0, len(byDept))
	for d := range byDept {
		depts = append(depts, d)
	}
	sort.Strings(depts)
	for _, d := range depts {
		es := byDept[d]
		total := 0
		for _, e := range es {
			total += e.Salary
		}
		oldest := slices.MaxFunc(es, func(a, b Employee) int { return a.Age - b.Age })
		fmt.Printf("%s: n=%d avg=%.1f oldest=%s\n", d, len(es), float64(total)/float64(len(es)), oldest.Name)
	}
	idx, found := slices.BinarySearchFunc(s1, "hr", func(e Employee, t string) int {
		return strings.Compare(e.Dept, t)
	})
	fmt.Println("hr at", idx, found)
	ages := []int{}
	for _, e := range staff {
		ages = append(ages, e.Age)
	}
	sort.Sort(sort.Reverse(sort.IntSlice(ages)))
	fmt.Println(ages, slices.IsSortedFunc(ages, func(a, b int) int { return b - a }))
}

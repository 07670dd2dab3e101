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
}

type bySalary []Employee

func (b bySalary) Len() int           { return len(b) }
func (b bySalary) Less(i, j int) bool { return b[i].Salary < b[j].Salary }
func (b bySalary) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func main() {
	emps := []Employee{
		{"ann", "eng", 120}, {"bob", "ops", 90}, {"cat", "eng", 150},
		{"dan", "ops", 90}, {"eve", "hr", 80}, {"fay", "eng", 120},
	}
	e1 := slices.Clone(emps)
	sort.Sort(bySalary(e1))
	fmt.Println(e1[0].Name, e1[len(e1)-1].Name)

	e2 := slices.Clone(emps)
	slices.SortStableFunc(e2, func(a, b Employee) int {
		return cmp.Or(cmp.Compare(a.Dept, b.Dept), -cmp.Compare(a.Salary, b.Salary))
	})
	for _, e := range e2 {
		fmt.Printf("%-4s%-4s%4d\n", e.Dept, e.Name, e.Salary)
	}

	e3 := slices.Clone(emps)
	sort.SliceStable(e3, func(i, j int) bool { return e3[i].Salary > e3[j].Salary })
	names := make([]string, len(e3))
	for i, e := range e3 {
		names[i] = e.Name
	}
	fmt.Println(strings.Join(names, ","))

	nums := []int{42, 7, 19, 3, 88, 23, 7}
	slices.Sort(nums)
	fmt.Println(nums)
	i, found := slices.BinarySearch(nums, 23)
	fmt.Println(i, found)
	i, found = slices.BinarySearch(nums, 20)
	fmt.Println(i, found)
	fmt.Println(sort.SearchInts(nums, 50), sort.Search(len(nums), func(k int) bool { return nums[k] >= 8 }))
	fmt.Println(slices.Compact(nums), slices.Index(nums, 88), slices.Contains(nums, 5))
	fmt.Println(slices.Max(nums), slices.Min(nums))

	words := strings.Fields("the quick brown fox jumps over the lazy dog")
	sort.Strings(words)
	fmt.Println(words, sort.StringsAreSorted(words))
	idx, ok := slices.BinarySearchFunc(emps, 150, func(e Employee, t int) int { return cmp.Compare(e.Salary, t) })
	fmt.Println(idx, ok)
	pos := slices.IndexFunc(emps, func(e Employee) bool { return e.Dept == "hr" })
	fmt.Println(pos, slices.ContainsFunc(emps, func(e Employee) bool { return e.Salary > 200 }))
	fl := []float64{2.5, -1, 3}
	sort.Float64s(fl)
	fmt.Println(fl, slices.IsSorted(fl))
}

package main

import (
	"fmt"
	"sort"
	"strings"
)

type Employee struct {
	Name   string
	Dept   string
	Salary int
	Age    int
}

type lessFunc func(a, b *Employee) bool

type multiSorter struct {
	emps []Employee
	less []lessFunc
}

func (ms *multiSorter) Len() int      { return len(ms.emps) }
func (ms *multiSorter) Swap(i, j int) { ms.emps[i], ms.emps[j] = ms.emps[j], ms.emps[i] }
func (ms *multiSorter) Less(i, j int) bool {
	p, q := &ms.emps[i], &ms.emps[j]
	var k int
	for k = 0; k < len(ms.less)-1; k++ {
		less := ms.less[k]
		switch {
		case less(p, q):
			return true
		case less(q, p):
			return false
		}
	}
	return ms.less[k](p, q)
}

func OrderedBy(less ...lessFunc) *multiSorter {
	return &multiSorter{less: less}
}

func (ms *multiSorter) Sort(emps []Employee) {
	ms.emps = emps
	sort.Sort(ms)
}

type ByName []Employee

func (b ByName) Len() int           { return len(b) }
func (b ByName) Less(i, j int) bool { return strings.ToLower(b[i].Name) < strings.ToLower(b[j].Name) }
func (b ByName) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func print(title string, emps []Employee) {
	fmt.Println("==", title)
	for _, e := range emps {
		fmt.Printf("  %-6s %-5s %6d %3d\n", e.Name, e.Dept, e.Salary, e.Age)
	}
}

func main() {
	emps := []Employee{
		{"zoe", "eng", 120000, 31}, {"Adam", "ops", 90000, 45}, {"mia", "eng", 120000, 28},
		{"Liam", "sales", 70000, 31}, {"noah", "ops", 95000, 38}, {"Emma", "eng", 135000, 40},
		{"ava", "sales", 70000, 26},
	}
	dept := func(a, b *Employee) bool { return a.Dept < b.Dept }
	salaryDesc := func(a, b *Employee) bool { return a.Salary > b.Salary }
	age := func(a, b *Employee) bool { return a.Age < b.Age }

	OrderedBy(dept, salaryDesc, age).Sort(emps)
	print("dept, salary desc, age", emps)
	sort.Sort(ByName(emps))
	print("name (case-insensitive)", emps)
	sort.Sort(sort.Reverse(ByName(emps)))
	fmt.Println(emps[0].Name, emps[len(emps)-1].Name)
	sort.SliceStable(emps, func(i, j int) bool { return emps[i].Age/10 < emps[j].Age/10 })
	print("stable by decade", emps)

	ages := []int{}
	for _, e := range emps {
		ages = append(ages, e.Age)
	}
	sort.Ints(ages)
	i := sort.SearchInts(ages, 38)
	fmt.Println(ages, "38 at", i, sort.IntsAreSorted(ages))
	j := sort.Search(len(ages), func(k int) bool { return ages[k] > 100 })
	fmt.Println("not found ->", j)
	names := []string{"pear", "Apple", "fig", "apple"}
	sort.Strings(names)
	fmt.Println(names, sort.StringsAreSorted(names))
	fl := sort.Float64Slice{2.5, -1, 3.25, 0}
	fl.Sort()
	fmt.Println(fl, fl.Search(2.5))
}

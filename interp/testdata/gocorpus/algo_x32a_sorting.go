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

type ByAge []Employee

func (a ByAge) Len() int           { return len(a) }
func (a ByAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }
func (a ByAge) Less(i, j int) bool { return a[i].Age < a[j].Age }

func names(es []Employee) string {
	var ns []string
	for _, e := range es {
		ns = append(ns, e.Name)
	}
	return strings.Join(ns, ",")
}

func main() {
	strs := []string{"c", "a", "b"}
	sort.Strings(strs)
	fmt.Println("strings:", strs)

	ints := []int{7, 2, 4}
	sort.Ints(ints)
	fmt.Println("ints:", ints, sort.IntsAreSorted(ints))

	idx := sort.SearchInts(ints, 4)
	fmt.Println("index of 4:", idx)

	staff := []Employee{
		{"Alice", "eng", 120, 34},
		{"Bob", "ops", 90, 45},
		{"Carol", "eng", 120, 29},
		{"Dan", "sales", 70, 38},
		{"Eve", "ops", 95, 31},
	}

	sort.Sort(ByAge(staff))
	fmt.Println("by age:", names(staff))

	sort.SliceStable(staff, func(i, j int) bool { return staff[i].Dept < staff[j].Dept })
	fmt.Println("by dept (stable):", names(staff))

	slices.SortFunc(staff, func(a, b Employee) int {
		return cmp.Or(
			-cmp.Compare(a.Salary, b.Salary),
			cmp.Compare(a.Name, b.Name),
		)
	})
	fmt.Println("by salary desc, name:", names(staff))

	slices.SortStableFunc(staff, func(a, b Employee) int {
		return strings.Compare(a.Dept, b.Dept)
	})
	for _, e := range staff {
		fmt.Printf("  %-6s %-5s %4d\n", e.Name, e.Dept, e.Salary)
	}

	i, found := slices.BinarySearchFunc(staff, "ops", func(e Employee, d string) int {
		return strings.Compare(e.Dept, d)
	})
	fmt.Println("first ops at", i, found)

	oldest := slices.MaxFunc(staff, func(a, b Employee) int { return cmp.Compare(a.Age, b.Age) })
	fmt.Println("oldest:", oldest.Name)

	nums := []int{5, 1, 4, 1, 5, 9, 2, 6}
	sorted := slices.Clone(nums)
	slices.Sort(sorted)
	fmt.Println(nums, "->", sorted, "compact:", slices.Compact(slices.Clone(sorted)))
	fmt.Println("min/max:", slices.Min(nums), slices.Max(nums))
	pos, ok := slices.BinarySearch(sorted, 6)
	fmt.Println("6 at", pos, ok)

	sort.Sort(sort.Reverse(sort.IntSlice(nums)))
	fmt.Println("reversed:", nums)

	words := []string{"banana", "Apple", "cherry", "apple"}
	slices.SortFunc(words, func(a, b string) int {
		return cmp.Or(cmp.Compare(strings.ToLower(a), strings.ToLower(b)), cmp.Compare(a, b))
	})
	fmt.Printf("%q\n", words)
	fmt.Println(slices.Index(words, "cherry"), slices.Contains(words, "kiwi"))
}

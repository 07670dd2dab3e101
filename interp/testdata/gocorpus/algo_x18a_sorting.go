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

func bubble(xs []int) []int {
	a := slices.Clone(xs)
	for i := len(a) - 1; i > 0; i-- {
		swapped := false
		for j := 0; j < i; j++ {
			if a[j] > a[j+1] {
				a[j], a[j+1] = a[j+1], a[j]
				swapped = true
			}
		}
		if !swapped {
			break
		}
	}
	return a
}

func quick(xs []int) []int {
	if len(xs) < 2 {
		return xs
	}
	pivot := xs[len(xs)/2]
	var less, eq, more []int
	for _, x := range xs {
		switch {
		case x < pivot:
			less = append(less, x)
		case x == pivot:
			eq = append(eq, x)
		default:
			more = append(more, x)
		}
	}
	return append(append(quick(less), eq...), quick(more)...)
}

type byAge []Employee

func (a byAge) Len() int           { return len(a) }
func (a byAge) Less(i, j int) bool { return a[i].Age < a[j].Age }
func (a byAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

func main() {
	data := []int{38, 27, 43, 3, 9, 82, 10, 27, -5}
	fmt.Println(bubble(data), data)
	fmt.Println(quick(data))
	emps := []Employee{
		{"Zed", "eng", 120, 40}, {"Amy", "ops", 90, 29}, {"Bob", "eng", 120, 35},
		{"Cat", "ops", 95, 51}, {"Dan", "hr", 70, 23}, {"Eve", "eng", 150, 33},
	}
	slices.SortFunc(emps, func(a, b Employee) int {
		return cmp.Or(cmp.Compare(a.Dept, b.Dept), -cmp.Compare(a.Salary, b.Salary), strings.Compare(a.Name, b.Name))
	})
	for _, e := range emps {
		fmt.Printf("%-4s %-4s %4d\n", e.Dept, e.Name, e.Salary)
	}
	sort.Sort(byAge(emps))
	fmt.Println(emps[0].Name, emps[len(emps)-1].Name)
	sort.Stable(sort.Reverse(byAge(emps)))
	fmt.Println(emps[0])
	idx, found := slices.BinarySearchFunc(emps, 33, func(e Employee, age int) int { return cmp.Compare(age, e.Age) })
	fmt.Println(idx, found)
	sorted := quick(data)
	i := sort.SearchInts(sorted, 27)
	fmt.Println(i, sort.IsSorted(sort.IntSlice(sorted)), slices.IsSorted(data))
	oldest := slices.MaxFunc(emps, func(a, b Employee) int { return a.Age - b.Age })
	fmt.Println(oldest.Name, slices.Index(sorted, 82), slices.Contains(data, 4))
	words := strings.Fields("banana Apple cherry apple Banana")
	sort.Slice(words, func(i, j int) bool { return strings.ToLower(words[i]) < strings.ToLower(words[j]) })
	fmt.Println(words, slices.Compact(slices.Sorted(slices.Values([]int{3, 1, 3, 2, 1}))))
}

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
	Pay  int
}

func main() {
	xs := []int{5, 2, 8, 2, 9, 1, 5, 5, 3}
	s := slices.Clone(xs)
	slices.Sort(s)
	fmt.Println(s, slices.IsSorted(s), slices.IsSorted(xs))
	i, found := slices.BinarySearch(s, 5)
	j, found2 := slices.BinarySearch(s, 4)
	fmt.Println(i, found, j, found2)
	s = slices.Insert(s, j, 4)
	fmt.Println(s)
	s = slices.Compact(s)
	fmt.Println(s, len(s))
	s = slices.Delete(s, 1, 3)
	fmt.Println(s)
	fmt.Println(slices.Index(xs, 9), slices.IndexFunc(xs, func(x int) bool { return x > 5 }), slices.Contains(xs, 7))
	fmt.Println(slices.Max(xs), slices.Min(xs))
	r := slices.Clone(xs)
	slices.Reverse(r)
	fmt.Println(r, slices.Equal(r, xs))
	fmt.Println(slices.Repeat([]string{"ab"}, 3), slices.Concat([]int{1}, nil, []int{2, 3}))

	emps := []Emp{
		{"ann", "eng", 120}, {"bob", "ops", 90}, {"cid", "eng", 150},
		{"dee", "ops", 90}, {"eve", "eng", 120}, {"fay", "hr", 70},
	}
	slices.SortStableFunc(emps, func(a, b Emp) int {
		return cmp.Or(cmp.Compare(a.Dept, b.Dept), cmp.Compare(b.Pay, a.Pay))
	})
	for _, e := range emps {
		fmt.Printf("%s/%s/%d ", e.Dept, e.Name, e.Pay)
	}
	fmt.Println()
	top := slices.MaxFunc(emps, func(a, b Emp) int { return cmp.Compare(a.Pay, b.Pay) })
	fmt.Println("top:", top)
	k, ok := slices.BinarySearchFunc(emps, "hr", func(e Emp, d string) int { return strings.Compare(e.Dept, d) })
	fmt.Println(k, ok, emps[k].Name)
	emps = slices.DeleteFunc(emps, func(e Emp) bool { return e.Pay < 100 })
	fmt.Println(len(emps), emps)
	names := slices.Collect(func(yield func(string) bool) {
		for _, e := range emps {
			if !yield(strings.ToUpper(e.Name)) {
				return
			}
		}
	})
	fmt.Println(names, slices.ContainsFunc(names, func(n string) bool { return strings.HasPrefix(n, "E") }))
	grow := slices.Grow([]int{1}, 10)
	fmt.Println(len(grow), cap(grow) >= 11)
	fmt.Println(slices.Compare([]int{1, 2}, []int{1, 3}), slices.Compare([]string{"b"}, []string{"a", "z"}))
}

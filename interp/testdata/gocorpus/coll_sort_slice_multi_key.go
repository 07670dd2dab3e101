// Exercises: sort.Slice and sort.SliceStable with multi-key comparisons.
package main

import (
	"fmt"
	"sort"
)

type Student struct {
	Name  string
	Grade int
	Age   int
}

func main() {
	s := []Student{
		{"eve", 90, 20}, {"bob", 85, 22}, {"amy", 90, 19},
		{"dan", 85, 22}, {"cal", 70, 21},
	}
	sort.Slice(s, func(i, j int) bool {
		if s[i].Grade != s[j].Grade {
			return s[i].Grade > s[j].Grade
		}
		return s[i].Name < s[j].Name
	})
	fmt.Println(s)
	sort.SliceStable(s, func(i, j int) bool { return s[i].Age < s[j].Age })
	fmt.Println(s)
	ints := []int{5, 2, 8, 1}
	sort.Sort(sort.Reverse(sort.IntSlice(ints)))
	fmt.Println(ints, sort.SearchInts([]int{1, 3, 5, 7}, 5))
}

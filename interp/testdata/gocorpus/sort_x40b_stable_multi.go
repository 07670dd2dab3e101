package main

import (
	"cmp"
	"fmt"
	"slices"
	"sort"
	"strings"
)

type Student struct {
	Name  string
	Grade int
	Age   int
}

type byGrade []Student

func (b byGrade) Len() int           { return len(b) }
func (b byGrade) Less(i, j int) bool { return b[i].Grade > b[j].Grade }
func (b byGrade) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func main() {
	students := []Student{
		{"alice", 90, 20}, {"bob", 85, 22}, {"carol", 90, 19},
		{"dave", 70, 21}, {"eve", 85, 20}, {"frank", 90, 22},
	}
	st := slices.Clone(students)
	sort.Stable(byGrade(st))
	for _, s := range st {
		fmt.Print(s.Name, " ")
	}
	fmt.Println()

	s2 := slices.Clone(students)
	slices.SortFunc(s2, func(a, b Student) int {
		return cmp.Or(cmp.Compare(b.Grade, a.Grade), cmp.Compare(a.Age, b.Age), strings.Compare(a.Name, b.Name))
	})
	fmt.Println(s2)

	s3 := slices.Clone(students)
	slices.SortStableFunc(s3, func(a, b Student) int { return cmp.Compare(a.Age, b.Age) })
	fmt.Printf("%v\n", s3[:3])

	// binary search
	nums := []int{1, 3, 5, 7, 9, 11}
	i, found := slices.BinarySearch(nums, 7)
	j, found2 := slices.BinarySearch(nums, 8)
	fmt.Println(i, found, j, found2)
	k := sort.SearchInts(nums, 4)
	fmt.Println(k, sort.Search(len(nums), func(i int) bool { return nums[i] > 100 }))

	// sorting strings with custom key
	words := strings.Fields("banana Apple cherry apple Banana date")
	sort.Strings(words)
	fmt.Println(words)
	sort.Slice(words, func(i, j int) bool {
		return strings.ToLower(words[i]) < strings.ToLower(words[j])
	})
	fmt.Println(len(words), words[0][:1] == "A" || words[0][:1] == "a")
	slices.SortStableFunc(words, func(a, b string) int { return cmp.Compare(len(a), len(b)) })
	fmt.Println(words[:2])

	// reverse sort
	rs := []int{3, 1, 4, 1, 5, 9, 2, 6}
	sort.Sort(sort.Reverse(sort.IntSlice(rs)))
	fmt.Println(rs, sort.IntsAreSorted(rs), slices.IsSortedFunc(rs, func(a, b int) int { return b - a }))
	fmt.Println(slices.Compact(rs), slices.Index(rs, 5), slices.Contains(rs, 8))
	mn, mx := slices.Min(rs), slices.Max(rs)
	fmt.Println(mn, mx)
	idx, _ := slices.BinarySearchFunc(s2, 85, func(s Student, g int) int { return cmp.Compare(g, s.Grade) })
	fmt.Println(idx, s2[idx].Name)
}

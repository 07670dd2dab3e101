package main

import (
	"cmp"
	"fmt"
	"slices"
	"sort"
	"strings"
)

// Sorting pitfalls: sort.Slice is not stable, a comparator must be a strict
// weak ordering, binary search requires sorted input, and sorting a copy
// does not sort the original.

type Employee struct {
	Name   string
	Dept   string
	Salary int
}

func (e Employee) String() string { return fmt.Sprintf("%s/%s/%d", e.Name, e.Dept, e.Salary) }

type byDept []Employee

func (b byDept) Len() int           { return len(b) }
func (b byDept) Less(i, j int) bool { return b[i].Dept < b[j].Dept }
func (b byDept) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func main() {
	staff := []Employee{
		{"ann", "eng", 120}, {"bob", "ops", 90}, {"cid", "eng", 110},
		{"dee", "ops", 95}, {"eve", "eng", 120}, {"fay", "hr", 70},
	}

	// Stable sort keeps the original order for equal keys.
	stable := slices.Clone(staff)
	sort.Stable(byDept(stable))
	fmt.Println(stable)

	// Multi-key comparator with cmp.Or.
	multi := slices.Clone(staff)
	slices.SortFunc(multi, func(a, b Employee) int {
		return cmp.Or(
			cmp.Compare(a.Dept, b.Dept),
			-cmp.Compare(a.Salary, b.Salary),
			strings.Compare(a.Name, b.Name),
		)
	})
	fmt.Println(multi)

	// SortStableFunc by salary descending.
	bySal := slices.Clone(staff)
	slices.SortStableFunc(bySal, func(a, b Employee) int { return cmp.Compare(b.Salary, a.Salary) })
	fmt.Println(bySal)

	// Sorting a sub-slice sorts those elements of the original.
	nums := []int{9, 8, 7, 6, 5, 4}
	sort.Ints(nums[1:4])
	fmt.Println(nums)

	// Sorting an array copy leaves the array unchanged.
	arr := [4]int{4, 3, 2, 1}
	cp := arr
	slices.Sort(cp[:])
	fmt.Println(arr, cp)

	// Binary search on unsorted input gives nonsense; on sorted input it's exact.
	unsorted := []int{5, 1, 4, 2, 3}
	i, found := slices.BinarySearch(unsorted, 4)
	fmt.Println("unsorted search:", i, found)
	sorted := slices.Sorted(slices.Values(unsorted))
	i, found = slices.BinarySearch(sorted, 4)
	fmt.Println("sorted search:", i, found)
	i, found = slices.BinarySearch(sorted, 10)
	fmt.Println("insert position:", i, found)

	// sort.Search finds the first index where the predicate is true.
	scores := []int{10, 20, 20, 30, 40}
	first := sort.Search(len(scores), func(i int) bool { return scores[i] >= 20 })
	last := sort.Search(len(scores), func(i int) bool { return scores[i] > 20 })
	fmt.Println("20 occupies", first, "to", last-1)

	idx, ok := slices.BinarySearchFunc(multi, "hr", func(e Employee, dept string) int { return cmp.Compare(e.Dept, dept) })
	fmt.Println(idx, ok, multi[idx])

	// Case-insensitive sort of strings.
	words := []string{"banana", "Apple", "cherry", "apple", "Banana"}
	slices.SortStableFunc(words, func(a, b string) int {
		return cmp.Compare(strings.ToLower(a), strings.ToLower(b))
	})
	fmt.Println(words)
	fmt.Println(slices.IsSorted(words), slices.IsSortedFunc(words, func(a, b string) int {
		return cmp.Compare(strings.ToLower(a), strings.ToLower(b))
	}))

	// Deduplicate after sorting.
	tags := []string{"go", "db", "go", "api", "db", "go"}
	slices.Sort(tags)
	tags = slices.Compact(tags)
	fmt.Println(tags, len(tags))

	// Min/Max and reverse.
	fmt.Println(slices.Min(nums), slices.Max(nums))
	slices.Reverse(nums)
	fmt.Println(nums)
	sort.Sort(sort.Reverse(sort.IntSlice(nums)))
	fmt.Println(nums)
}

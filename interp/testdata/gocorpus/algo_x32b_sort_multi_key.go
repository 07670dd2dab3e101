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
	City  string
}

func main() {
	students := []Student{
		{"Maya", 90, 20, "Oslo"},
		{"Liam", 85, 22, "Lima"},
		{"Zoe", 90, 19, "Oslo"},
		{"Adam", 70, 22, "Rome"},
		{"Eve", 85, 20, "Lima"},
		{"Bob", 90, 20, "Rome"},
	}

	slices.SortFunc(students, func(a, b Student) int {
		return cmp.Or(
			-cmp.Compare(a.Grade, b.Grade),
			cmp.Compare(a.Age, b.Age),
			strings.Compare(a.Name, b.Name),
		)
	})
	for _, s := range students {
		fmt.Printf("%-5s %d %d %s\n", s.Name, s.Grade, s.Age, s.City)
	}

	byCity := slices.Clone(students)
	sort.SliceStable(byCity, func(i, j int) bool { return byCity[i].City < byCity[j].City })
	var names []string
	for _, s := range byCity {
		names = append(names, s.City+":"+s.Name)
	}
	fmt.Println(strings.Join(names, ", "))

	grades := []int{}
	for _, s := range students {
		grades = append(grades, s.Grade)
	}
	slices.Sort(grades)
	fmt.Println(grades, slices.Compact(slices.Clone(grades)))
	i, found := slices.BinarySearch(grades, 85)
	j, found2 := slices.BinarySearch(grades, 86)
	fmt.Println(i, found, j, found2)

	k := sort.Search(len(grades), func(i int) bool { return grades[i] >= 90 })
	fmt.Println("first >=90 at", k, "count", len(grades)-k)

	idx := slices.IndexFunc(students, func(s Student) bool { return s.City == "Rome" })
	fmt.Println("first from Rome:", students[idx].Name)
	fmt.Println(slices.ContainsFunc(students, func(s Student) bool { return s.Age > 21 }))

	oldest := slices.MaxFunc(students, func(a, b Student) int { return cmp.Compare(a.Age, b.Age) })
	youngest := slices.MinFunc(students, func(a, b Student) int { return cmp.Compare(a.Age, b.Age) })
	fmt.Println(oldest.Name, youngest.Name)

	words := strings.Fields("the quick brown fox jumps over the lazy dog")
	sort.Sort(sort.Reverse(sort.StringSlice(words)))
	fmt.Println(words)
	slices.SortStableFunc(words, func(a, b string) int { return cmp.Compare(len(a), len(b)) })
	fmt.Println(words)
	fmt.Println(slices.IsSorted(words), sort.StringsAreSorted(words))

	nums := []int{5, 1, 4, 1, 5, 9, 2, 6}
	s2 := slices.Insert(slices.Clone(nums), 2, 100, 200)
	s3 := slices.Delete(slices.Clone(nums), 1, 3)
	fmt.Println(s2, s3, slices.Index(nums, 9), slices.Equal(nums, nums[:]))
	fmt.Println(slices.Max(nums), slices.Min(nums), slices.Contains(nums, 7))
	chunks := [][]int{}
	for c := range slices.Chunk(nums, 3) {
		chunks = append(chunks, c)
	}
	fmt.Println(chunks)

	sorted := slices.Sorted(slices.Values(nums))
	fmt.Println(sorted, nums)
	fmt.Println(cmp.Compare("a", "b"), cmp.Less(2.0, 1.0), min(3, 1, 2), max("x", "y"))
}

package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"sort"
	"strings"
)

type Student struct {
	Name  string
	Grade int
	Year  int
}

type ByGrade []Student

func (s ByGrade) Len() int           { return len(s) }
func (s ByGrade) Less(i, j int) bool { return s[i].Grade > s[j].Grade }
func (s ByGrade) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

func main() {
	roster := []Student{
		{"ann", 90, 2}, {"bob", 85, 1}, {"cat", 90, 1}, {"dan", 70, 3},
		{"eve", 85, 2}, {"fay", 100, 3}, {"gus", 70, 1},
	}
	s1 := slices.Clone(roster)
	sort.Stable(ByGrade(s1))
	fmt.Println(s1)
	s2 := slices.Clone(roster)
	slices.SortStableFunc(s2, func(a, b Student) int {
		return cmp.Or(cmp.Compare(a.Year, b.Year), strings.Compare(b.Name, a.Name))
	})
	for _, s := range s2 {
		fmt.Print(s.Year, s.Name, " ")
	}
	fmt.Println()
	grades := make([]int, 0, len(roster))
	for _, s := range roster {
		grades = append(grades, s.Grade)
	}
	slices.Sort(grades)
	fmt.Println(grades, slices.Compact(slices.Clone(grades)))
	for _, g := range []int{85, 88, 100, 101} {
		i, found := slices.BinarySearch(grades, g)
		j := sort.SearchInts(grades, g)
		fmt.Print(g, ":", i, found, j, " ")
	}
	fmt.Println()
	byYear := map[int][]string{}
	for _, s := range roster {
		byYear[s.Year] = append(byYear[s.Year], s.Name)
	}
	fmt.Println(byYear)
	c := maps.Clone(byYear)
	delete(c, 1)
	c[4] = []string{"new"}
	fmt.Println(len(byYear), len(c), slices.Sorted(maps.Keys(c)))
	idx := slices.IndexFunc(roster, func(s Student) bool { return s.Grade == 100 })
	fmt.Println(idx, slices.ContainsFunc(roster, func(s Student) bool { return s.Year > 3 }))
	mx := slices.MaxFunc(roster, func(a, b Student) int { return cmp.Compare(a.Grade, b.Grade) })
	mn := slices.MinFunc(roster, func(a, b Student) int { return cmp.Compare(a.Grade, b.Grade) })
	fmt.Printf("%+v %+v\n", mx, mn)
	rev := slices.Clone(grades)
	slices.Reverse(rev)
	fmt.Println(rev, slices.Equal(rev, grades), slices.Insert(rev[:2], 1, -1, -2))
	names := strings.Fields("delta Alpha charlie bravo")
	sort.Sort(sort.Reverse(sort.StringSlice(names)))
	fmt.Println(names, sort.StringsAreSorted(names))
	slices.SortFunc(names, func(a, b string) int { return strings.Compare(strings.ToLower(a), strings.ToLower(b)) })
	fmt.Println(names)
}

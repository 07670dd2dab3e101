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
	Score float64
	Club  string
}

type lessFunc func(a, b *Student) int

type multiSorter struct {
	data []Student
	less []lessFunc
}

func (ms *multiSorter) Len() int      { return len(ms.data) }
func (ms *multiSorter) Swap(i, j int) { ms.data[i], ms.data[j] = ms.data[j], ms.data[i] }
func (ms *multiSorter) Less(i, j int) bool {
	p, q := &ms.data[i], &ms.data[j]
	for _, f := range ms.less {
		if c := f(p, q); c != 0 {
			return c < 0
		}
	}
	return false
}

func OrderedBy(less ...lessFunc) *multiSorter { return &multiSorter{less: less} }

func (ms *multiSorter) Sort(d []Student) {
	ms.data = d
	sort.Sort(ms)
}

func desc(f lessFunc) lessFunc { return func(a, b *Student) int { return -f(a, b) } }

func show(ss []Student) string {
	var parts []string
	for _, s := range ss {
		parts = append(parts, fmt.Sprintf("%s/%d/%.0f/%s", s.Name, s.Grade, s.Score, s.Club))
	}
	return strings.Join(parts, " ")
}

func main() {
	students := []Student{
		{"Zoe", 10, 88, "chess"}, {"Adam", 11, 92, "band"}, {"Mia", 10, 92, "band"},
		{"Liam", 12, 75, "chess"}, {"Ava", 11, 92, "art"}, {"Noah", 10, 88, "art"}, {"Emma", 12, 99, ""},
	}
	byName := func(a, b *Student) int { return strings.Compare(a.Name, b.Name) }
	byGrade := func(a, b *Student) int { return cmp.Compare(a.Grade, b.Grade) }
	byScore := func(a, b *Student) int { return cmp.Compare(a.Score, b.Score) }

	OrderedBy(byGrade, desc(byScore), byName).Sort(students)
	fmt.Println(show(students))
	OrderedBy(desc(byScore), byName).Sort(students)
	fmt.Println(show(students))

	ss := slices.Clone(students)
	slices.SortStableFunc(ss, func(a, b Student) int { return cmp.Compare(a.Club, b.Club) })
	fmt.Println(show(ss))
	sort.Sort(sort.Reverse(sort.StringSlice([]string{"b", "a"})))
	names := []string{"bob", "Alice", "carol", "Dave"}
	sort.Strings(names)
	fmt.Println(names)
	slices.SortFunc(names, func(a, b string) int { return cmp.Compare(strings.ToLower(a), strings.ToLower(b)) })
	fmt.Println(names, sort.SearchStrings([]string{"a", "c", "e"}, "d"))
	i, found := slices.BinarySearchFunc(students, 90.0, func(s Student, t float64) int { return cmp.Compare(t, s.Score) })
	fmt.Println(i, found, sort.IsSorted(OrderedBy(desc(byScore)).withData(students)))
}

func (ms *multiSorter) withData(d []Student) *multiSorter { ms.data = d; return ms }

package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Student struct {
	Name   string
	Grade  int
	Scores []int
}

func avg(xs []int) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := 0
	for _, x := range xs {
		s += x
	}
	return float64(s) / float64(len(xs))
}

func groupBy[T any, K comparable](xs []T, key func(T) K) map[K][]T {
	out := make(map[K][]T)
	for _, x := range xs {
		k := key(x)
		out[k] = append(out[k], x)
	}
	return out
}

func main() {
	students := []Student{
		{"Zoe", 10, []int{90, 85, 77}},
		{"Adam", 11, []int{60, 70}},
		{"Mia", 10, []int{88, 92, 95, 79}},
		{"Liam", 12, nil},
		{"Eve", 11, []int{100}},
	}
	byGrade := groupBy(students, func(s Student) int { return s.Grade })
	for _, g := range slices.Sorted(maps.Keys(byGrade)) {
		names := []string{}
		for _, s := range byGrade[g] {
			names = append(names, fmt.Sprintf("%s(%.1f)", s.Name, avg(s.Scores)))
		}
		fmt.Println(g, strings.Join(names, ", "))
	}
	slices.SortStableFunc(students, func(a, b Student) int {
		return strings.Compare(b.Name, a.Name)
	})
	fmt.Println(slices.IndexFunc(students, func(s Student) bool { return s.Scores == nil }))
	best := slices.MaxFunc(students, func(a, b Student) int {
		return int(avg(a.Scores)*100) - int(avg(b.Scores)*100)
	})
	fmt.Println("best", best.Name)
	xs := []int{5, 1, 4, 1, 5, 9, 2, 6, 5, 3}
	ys := slices.Clone(xs)
	slices.Sort(ys)
	fmt.Println(xs, ys, slices.Compact(slices.Clone(ys)))
	fmt.Println(slices.Insert([]int{1, 2, 3}, 1, 10, 11), slices.Repeat([]string{"ab"}, 3))
	m1 := map[string]int{"a": 1, "b": 2}
	m2 := maps.Clone(m1)
	m2["c"] = 3
	delete(m2, "a")
	fmt.Println(m1, m2, maps.Equal(m1, m2))
	maps.DeleteFunc(m2, func(k string, v int) bool { return v > 2 })
	maps.Copy(m1, m2)
	fmt.Println(m1, m2, len(m1))
	fmt.Println(slices.Equal(xs[:2], []int{5, 1}), slices.ContainsFunc(xs, func(x int) bool { return x > 8 }))
}

package main

import (
	"fmt"
	"maps"
	"slices"
	"sort"
	"strings"
)

type Student struct {
	Name   string
	Grade  int
	Scores map[string]int
}

func (s Student) Average() float64 {
	if len(s.Scores) == 0 {
		return 0
	}
	t := 0
	for _, v := range s.Scores {
		t += v
	}
	return float64(t) / float64(len(s.Scores))
}

func main() {
	students := []Student{
		{"Ann", 10, map[string]int{"math": 90, "art": 75}},
		{"Ben", 11, map[string]int{"math": 60, "bio": 88, "art": 70}},
		{"Cid", 10, map[string]int{"bio": 95}},
		{"Dee", 12, map[string]int{}},
		{"Eve", 11, map[string]int{"math": 77, "bio": 81}},
	}
	byGrade := map[int][]string{}
	for _, s := range students {
		byGrade[s.Grade] = append(byGrade[s.Grade], s.Name)
	}
	fmt.Println(byGrade)
	subjects := map[string][]int{}
	for _, s := range students {
		for sub, sc := range s.Scores {
			subjects[sub] = append(subjects[sub], sc)
		}
	}
	for _, sub := range slices.Sorted(maps.Keys(subjects)) {
		sc := subjects[sub]
		slices.Sort(sc)
		fmt.Printf("%-5s %v max=%d\n", sub, sc, slices.Max(sc))
	}
	sort.Slice(students, func(i, j int) bool {
		if students[i].Average() != students[j].Average() {
			return students[i].Average() > students[j].Average()
		}
		return students[i].Name < students[j].Name
	})
	var rows []map[string]any
	for rank, s := range students {
		rows = append(rows, map[string]any{"rank": rank + 1, "name": s.Name, "avg": s.Average()})
	}
	for _, r := range rows {
		fmt.Println(r)
	}
	names := make([]string, len(students))
	for i, s := range students {
		names[i] = strings.ToUpper(s.Name)
	}
	fmt.Println(strings.Join(names, " > "))
	idx := slices.IndexFunc(students, func(s Student) bool { return s.Grade == 12 })
	fmt.Println(idx, students[idx].Name, students[idx].Scores)
}

package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type Grade struct {
	Level    int
	Students []string
}

type School struct {
	byGrade map[int][]string
	where   map[string]int
}

func NewSchool() *School {
	return &School{byGrade: make(map[int][]string), where: make(map[string]int)}
}

func (s *School) Add(name string, grade int) bool {
	if _, dup := s.where[name]; dup {
		return false
	}
	s.where[name] = grade
	list := s.byGrade[grade]
	i, _ := slices.BinarySearch(list, name)
	s.byGrade[grade] = slices.Insert(list, i, name)
	return true
}

func (s *School) Grade(n int) []string { return slices.Clone(s.byGrade[n]) }

func (s *School) Enrollment() []Grade {
	var out []Grade
	for lvl, names := range s.byGrade {
		out = append(out, Grade{lvl, names})
	}
	slices.SortFunc(out, func(a, b Grade) int { return cmp.Compare(a.Level, b.Level) })
	return out
}

func main() {
	s := NewSchool()
	adds := []struct {
		name  string
		grade int
	}{
		{"Aimee", 2}, {"Blair", 2}, {"James", 2}, {"Paul", 2}, {"Chelsea", 3},
		{"Logan", 7}, {"Franklin", 5}, {"Bradley", 5}, {"Jeff", 1}, {"James", 3},
		{"Zed", 7}, {"Anna", 7},
	}
	for _, a := range adds {
		if !s.Add(a.name, a.grade) {
			fmt.Printf("duplicate: %s (already in %d)\n", a.name, s.where[a.name])
		}
	}
	for _, g := range s.Enrollment() {
		fmt.Printf("grade %d: %s\n", g.Level, strings.Join(g.Students, ", "))
	}
	g2 := s.Grade(2)
	g2[0] = "MUTATED"
	fmt.Println(s.Grade(2), s.Grade(9), s.Grade(9) == nil)
	fmt.Println(s.where)
	fmt.Printf("%v\n", s.Enrollment()[0])
	fmt.Printf("%+v\n", s.Enrollment()[len(s.Enrollment())-1])
}

package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
)

type Grade struct {
	Level    int
	Students []string
}

type School struct {
	roster map[int][]string
	names  map[string]int
}

func NewSchool() *School {
	return &School{roster: map[int][]string{}, names: map[string]int{}}
}

func (s *School) Add(name string, grade int) bool {
	if _, dup := s.names[name]; dup {
		return false
	}
	s.names[name] = grade
	list := s.roster[grade]
	i, _ := slices.BinarySearch(list, name)
	s.roster[grade] = slices.Insert(list, i, name)
	return true
}

func (s *School) Grade(level int) []string {
	return slices.Clone(s.roster[level])
}

func (s *School) Enrollment() []Grade {
	out := []Grade{}
	for _, lvl := range slices.Sorted(maps.Keys(s.roster)) {
		out = append(out, Grade{lvl, s.Grade(lvl)})
	}
	return out
}

func main() {
	s := NewSchool()
	adds := []struct {
		name  string
		grade int
	}{
		{"Jim", 3}, {"Peter", 2}, {"Anna", 1}, {"Barb", 1}, {"Zoe", 2},
		{"Alex", 2}, {"Peter", 3}, {"Chelsea", 3}, {"Aimee", 2}, {"Jim", 1},
	}
	for _, a := range adds {
		if !s.Add(a.name, a.grade) {
			fmt.Printf("duplicate: %s (grade %d rejected)\n", a.name, a.grade)
		}
	}
	for _, g := range s.Enrollment() {
		fmt.Printf("grade %d: %v\n", g.Level, g.Students)
	}
	g2 := s.Grade(2)
	g2[0] = "MUTATED"
	fmt.Println(s.Grade(2)[0], len(s.Grade(9)))
	fmt.Println(s.names)
	byLen := slices.SortedFunc(maps.Keys(s.names), func(a, b string) int {
		return cmp.Or(cmp.Compare(len(a), len(b)), cmp.Compare(a, b))
	})
	fmt.Println(byLen)
	fmt.Printf("%v\n", s.Enrollment())
}

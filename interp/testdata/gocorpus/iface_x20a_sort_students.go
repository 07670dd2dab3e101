package main

import (
	"fmt"
	"sort"
	"strings"
)

type Student struct {
	Name  string
	Grade int
	Age   int
}

type Students []Student

func (s Students) Len() int      { return len(s) }
func (s Students) Swap(i, j int) { s[i], s[j] = s[j], s[i] }

type ByName struct{ Students }

func (b ByName) Less(i, j int) bool { return b.Students[i].Name < b.Students[j].Name }

type ByGrade struct{ Students }

func (b ByGrade) Less(i, j int) bool {
	if b.Students[i].Grade != b.Students[j].Grade {
		return b.Students[i].Grade > b.Students[j].Grade
	}
	return b.Students[i].Name < b.Students[j].Name
}

type multiSorter struct {
	data []Student
	less []func(a, b *Student) bool
}

func (m *multiSorter) Len() int      { return len(m.data) }
func (m *multiSorter) Swap(i, j int) { m.data[i], m.data[j] = m.data[j], m.data[i] }
func (m *multiSorter) Less(i, j int) bool {
	p, q := &m.data[i], &m.data[j]
	for _, f := range m.less {
		if f(p, q) {
			return true
		}
		if f(q, p) {
			return false
		}
	}
	return false
}

func show(title string, s []Student) {
	parts := make([]string, len(s))
	for i, st := range s {
		parts[i] = fmt.Sprintf("%s(%d,%d)", st.Name, st.Grade, st.Age)
	}
	fmt.Printf("%-8s %s\n", title+":", strings.Join(parts, " "))
}

func main() {
	class := Students{
		{"Maya", 88, 20}, {"Liam", 92, 22}, {"Zoe", 88, 19}, {"Ava", 75, 21},
		{"Noah", 92, 20}, {"Eli", 60, 23}, {"Ivy", 88, 20},
	}
	sort.Sort(ByName{class})
	show("name", class)
	sort.Sort(ByGrade{class})
	show("grade", class)
	sort.Sort(sort.Reverse(ByName{class}))
	show("revname", class)
	ms := &multiSorter{data: class, less: []func(a, b *Student) bool{
		func(a, b *Student) bool { return a.Age < b.Age },
		func(a, b *Student) bool { return a.Grade > b.Grade },
		func(a, b *Student) bool { return a.Name < b.Name },
	}}
	sort.Sort(ms)
	show("multi", class)
	fmt.Println(sort.IsSorted(ByName{class}), sort.IsSorted(ms))
	i := sort.Search(len(class), func(i int) bool { return class[i].Age >= 21 })
	fmt.Println("first age>=21 at", i, class[i].Name)
	grades := []int{}
	for _, s := range class {
		grades = append(grades, s.Grade)
	}
	sort.Sort(sort.Reverse(sort.IntSlice(grades)))
	fmt.Println(grades)
}

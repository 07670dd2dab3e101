// Methods called on conversions and on calls' results as statements of
// main (top-level statements in notebook style) run once each.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Name string

func (n Name) Print() { fmt.Println("name:", string(n)) }

type Student struct {
	Name string
	Year int
}

type By func(a, b *Student) bool

type studentSorter struct {
	s  []Student
	by By
}

func (s studentSorter) Len() int           { return len(s.s) }
func (s studentSorter) Less(i, j int) bool { return s.by(&s.s[i], &s.s[j]) }
func (s studentSorter) Swap(i, j int)      { s.s[i], s.s[j] = s.s[j], s.s[i] }

func (by By) Sort(s []Student) { sort.Sort(studentSorter{s, by}) }

func newBuilder() *strings.Builder { return &strings.Builder{} }

func main() {
	students := []Student{{"Zoe", 1}, {"Ava", 2}, {"Leo", 1}, {"Mia", 2}}
	By(func(a, b *Student) bool { return a.Name < b.Name }).Sort(students)
	fmt.Println(students)
	sort.SliceStable(students, func(i, j int) bool { return students[i].Year < students[j].Year })
	fmt.Println(students)
	Name("ann").Print()
	newBuilder().WriteString("ignored")
	fmt.Println("end")
}

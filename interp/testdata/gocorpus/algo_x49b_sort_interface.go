package main

import (
	"fmt"
	"sort"
	"strings"
)

type Student struct {
	Name  string
	Grade int
}

type byGrade []Student

func (s byGrade) Len() int           { return len(s) }
func (s byGrade) Less(i, j int) bool { return s[i].Grade < s[j].Grade }
func (s byGrade) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

// counting wraps any sort.Interface and counts calls, reusing Len via embedding.
type counting struct {
	sort.Interface
	less, swap int
}

func (c *counting) Less(i, j int) bool { c.less++; return c.Interface.Less(i, j) }
func (c *counting) Swap(i, j int)      { c.swap++; c.Interface.Swap(i, j) }

func names(s []Student) string {
	out := make([]string, len(s))
	for i, st := range s {
		out[i] = fmt.Sprintf("%s:%d", st.Name, st.Grade)
	}
	return strings.Join(out, " ")
}

func main() {
	class := []Student{{"ann", 88}, {"bob", 72}, {"cid", 88}, {"dee", 95}, {"eve", 72}, {"fay", 60}}
	a := append([]Student(nil), class...)
	c := &counting{Interface: byGrade(a)}
	sort.Stable(c)
	fmt.Println("stable:   ", names(a))
	fmt.Println("counts > 0:", c.less > 0, c.swap > 0)

	b := append([]Student(nil), class...)
	sort.Sort(sort.Reverse(byGrade(b)))
	fmt.Println("reverse top:", b[0])

	sort.SliceStable(b, func(i, j int) bool { return b[i].Name < b[j].Name })
	fmt.Println("by name:  ", names(b))
	i := sort.Search(len(a), func(i int) bool { return a[i].Grade >= 80 })
	fmt.Printf("first >= 80 at %d: %+v\n", i, a[i])
	fmt.Printf("%T %T\n", c.Interface, sort.Reverse(byGrade(b)))
	var iface sort.Interface = byGrade(a)
	if bg, ok := iface.(byGrade); ok {
		fmt.Println(len(bg), sort.IsSorted(bg))
	}
}

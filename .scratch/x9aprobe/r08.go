// Exercises: sort.Slice over same-shaped struct types, map of struct values updated via reassignment
package main

import (
	"fmt"
	"sort"
)

type Student struct {
	Name  string
	Grade int
}
type Teacher struct {
	Name  string
	Grade int
}

func (t Teacher) String() string { return "Prof. " + t.Name }

func main() {
	ss := []Student{{"Zed", 3}, {"Amy", 5}, {"Bob", 3}}
	sort.Slice(ss, func(i, j int) bool {
		if ss[i].Grade != ss[j].Grade {
			return ss[i].Grade > ss[j].Grade
		}
		return ss[i].Name < ss[j].Name
	})
	fmt.Println(ss)
	ts := []Teacher{{"Xu", 1}}
	fmt.Println(ts, ss[0])
	m := map[string]Student{"a": {"Amy", 1}}
	s := m["a"]
	s.Grade++
	m["a"] = s
	fmt.Printf("%v %+v\n", m, m["a"])
}

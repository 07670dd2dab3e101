package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type Emp struct {
	Name string
	Dept string
	Sal  int
}

func main() {
	es := []Emp{{"ann", "eng", 120}, {"bob", "ops", 90}, {"cid", "eng", 120}, {"dan", "ops", 95}, {"eve", "eng", 100}}
	slices.SortStableFunc(es, func(a, b Emp) int {
		return cmp.Or(strings.Compare(a.Dept, b.Dept), cmp.Compare(b.Sal, a.Sal))
	})
	fmt.Println(es)
	i, found := slices.BinarySearchFunc(es, "ops", func(e Emp, d string) int { return strings.Compare(e.Dept, d) })
	fmt.Println(i, found)
	idx := slices.IndexFunc(es, func(e Emp) bool { return e.Sal < 100 })
	fmt.Println(idx, slices.ContainsFunc(es, func(e Emp) bool { return e.Name == "zed" }))
	top := slices.MaxFunc(es, func(a, b Emp) int { return cmp.Compare(a.Sal, b.Sal) })
	fmt.Println(top.Name)
	groups := map[string][]string{}
	for _, e := range es {
		groups[e.Dept] = append(groups[e.Dept], e.Name)
	}
	fmt.Println(groups)
}

package main

import (
	"fmt"
	"slices"
	"sort"
	"strings"
)

type Course struct {
	Code    string
	Prereqs []string
}

type CycleErr []string

func (c CycleErr) Error() string {
	return "cycle among: " + strings.Join(c, ", ")
}

func TopoSort(courses []Course) ([]string, error) {
	indeg := map[string]int{}
	out := map[string][]string{}
	for _, c := range courses {
		if _, ok := indeg[c.Code]; !ok {
			indeg[c.Code] = 0
		}
		for _, p := range c.Prereqs {
			out[p] = append(out[p], c.Code)
			indeg[c.Code]++
			if _, ok := indeg[p]; !ok {
				indeg[p] = 0
			}
		}
	}
	var ready []string
	for k, v := range indeg {
		if v == 0 {
			ready = append(ready, k)
		}
	}
	sort.Strings(ready)
	var order []string
	for len(ready) > 0 {
		cur := ready[0]
		ready = ready[1:]
		order = append(order, cur)
		for _, nx := range out[cur] {
			indeg[nx]--
			if indeg[nx] == 0 {
				i, _ := slices.BinarySearch(ready, nx)
				ready = slices.Insert(ready, i, nx)
			}
		}
	}
	if len(order) != len(indeg) {
		var rest CycleErr
		for k, v := range indeg {
			if v > 0 {
				rest = append(rest, k)
			}
		}
		sort.Strings(rest)
		return order, rest
	}
	return order, nil
}

func main() {
	plan := []Course{
		{"CS101", nil},
		{"CS102", []string{"CS101"}},
		{"MATH1", nil},
		{"CS201", []string{"CS102", "MATH1"}},
		{"CS202", []string{"CS102"}},
		{"CS301", []string{"CS201", "CS202"}},
		{"MATH2", []string{"MATH1"}},
		{"CS350", []string{"CS301", "MATH2"}},
	}
	order, err := TopoSort(plan)
	fmt.Println("err:", err)
	fmt.Printf("%-3s %-6s\n", "#", "course")
	for i, c := range order {
		fmt.Printf("%-3d %-6s\n", i+1, c)
	}
	bad := append(slices.Clone(plan), Course{"CS101", []string{"CS350"}})
	order, err = TopoSort(bad)
	fmt.Printf("partial=%q\n", order)
	if ce, ok := err.(CycleErr); ok {
		fmt.Println(len(ce), "courses stuck;", ce)
	}
	fmt.Printf("%T\n", err)
}

package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Student struct {
	Name  string
	Grade int
	Class string
}

func main() {
	s := []int{1, 2, 3, 4, 5}
	t := s[1:3]
	fmt.Println(t, len(t), cap(t))
	t = append(t, 99)
	fmt.Println(s, t)
	u := s[1:3:3]
	u = append(u, 100)
	fmt.Println(s, u)
	var nilS []int
	empty := []int{}
	fmt.Println(nilS == nil, empty == nil, len(nilS), fmt.Sprint(nilS), fmt.Sprint(empty))
	fmt.Printf("%#v %#v\n", nilS, empty)
	c := make([]int, 2, 10)
	n := copy(c, s)
	fmt.Println(n, c)
	s2 := slices.Insert([]int{1, 4}, 1, 2, 3)
	fmt.Println(s2, slices.Contains(s2, 3), slices.Index(s2, 4))
	s2 = slices.Delete(s2, 0, 2)
	fmt.Println(s2)
	fmt.Println(slices.Compact([]int{1, 1, 2, 2, 2, 3, 1}))
	fmt.Println(slices.Equal([]int{1}, []int{1}), slices.Compare([]int{1, 2}, []int{1, 3}))
	students := []Student{{"ann", 90, "b"}, {"bob", 85, "a"}, {"cy", 90, "a"}, {"di", 70, "b"}}
	slices.SortStableFunc(students, func(a, b Student) int { return b.Grade - a.Grade })
	fmt.Println(students)
	byClass := map[string][]string{}
	for _, st := range students {
		byClass[st.Class] = append(byClass[st.Class], st.Name)
	}
	fmt.Println(byClass)
	for _, k := range slices.Sorted(maps.Keys(byClass)) {
		fmt.Println(k, strings.Join(byClass[k], ","))
	}
	i, found := slices.BinarySearch([]string{"a", "c", "e"}, "d")
	fmt.Println(i, found)
	grid := make([][]rune, 3)
	for r := range grid {
		grid[r] = []rune(strings.Repeat(".", 4))
	}
	grid[1][2] = '#'
	for _, row := range grid {
		fmt.Println(string(row))
	}
	m := map[string]int{"a": 1}
	m2 := maps.Clone(m)
	m2["b"] = 2
	delete(m, "zz")
	fmt.Println(m, m2, maps.Equal(m, m2))
	v, ok := m["missing"]
	fmt.Println(v, ok)
	maps.DeleteFunc(m2, func(k string, v int) bool { return v > 1 })
	fmt.Println(m2)
	arr := [5]int{1, 2, 3}
	arr2 := arr
	arr2[0] = 100
	fmt.Println(arr, arr2, arr == [5]int{1, 2, 3, 0, 0})
	pa := &arr
	for i := range pa {
		pa[i] *= 2
	}
	fmt.Println(arr, len(pa))
	fmt.Println(slices.Collect(maps.Values(map[int]int{1: 7})), slices.Repeat([]string{"x"}, 3))
	for i, v := range slices.Backward([]string{"p", "q"}) {
		fmt.Print(i, v, " ")
	}
	fmt.Println()
	clear(m2)
	fmt.Println(len(m2), min(3, 1, 2), max("b", "a"))
}

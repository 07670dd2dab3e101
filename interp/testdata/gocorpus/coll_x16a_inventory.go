package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Warehouse map[string]map[string]int

func (w Warehouse) Add(loc, item string, n int) {
	if w[loc] == nil {
		w[loc] = map[string]int{}
	}
	w[loc][item] += n
	if w[loc][item] <= 0 {
		delete(w[loc], item)
	}
}

func (w Warehouse) Totals() map[string]int {
	t := map[string]int{}
	for _, items := range w {
		for it, n := range items {
			t[it] += n
		}
	}
	return t
}

func main() {
	w := Warehouse{}
	ops := []string{"north:bolt:10", "south:bolt:5", "north:nut:7", "east:gear:2", "north:bolt:-10", "south:nut:3", "east:gear:-1"}
	for _, op := range ops {
		var loc, item string
		var n int
		parts := strings.Split(op, ":")
		loc, item = parts[0], parts[1]
		fmt.Sscanf(parts[2], "%d", &n)
		w.Add(loc, item, n)
	}
	fmt.Println(w)
	fmt.Println(w.Totals())
	for _, loc := range slices.Sorted(maps.Keys(w)) {
		items := w[loc]
		keys := slices.Collect(maps.Keys(items))
		slices.Sort(keys)
		fmt.Printf("%s: %d kinds %v\n", loc, len(keys), keys)
	}
	matrix := [][]int{{1, 2, 3}, {4, 5, 6}}
	t := make([][]int, 3)
	for i := range t {
		t[i] = make([]int, 2)
		for j := range t[i] {
			t[i][j] = matrix[j][i]
		}
	}
	fmt.Println(t)
	flat := []int{}
	for _, row := range t {
		flat = append(flat, row...)
	}
	fmt.Println(flat, slices.Contains(flat, 5), slices.Index(flat, 6))
	uniq := slices.Compact(slices.Sorted(slices.Values([]string{"b", "a", "b", "c", "a"})))
	fmt.Println(uniq)
	chunks := [][]int{}
	for c := range slices.Chunk(flat, 4) {
		chunks = append(chunks, c)
	}
	fmt.Println(chunks)
	m2 := maps.Clone(w["south"])
	m2["bolt"] = 99
	fmt.Println(w["south"], m2, maps.Equal(w["south"], m2))
	arr := [5]int{1, 2, 3}
	s := arr[1:4]
	s[0] = 20
	s = append(s, 40)
	fmt.Println(arr, s, len(s), cap(s))
}

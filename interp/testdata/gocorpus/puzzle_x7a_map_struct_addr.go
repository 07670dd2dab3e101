// Exercises: puzzle - map of structs not addressable (copy-modify-store workaround), map of pointers, array value semantics, struct comparison as map key, struct with a String method as a map[any] key
package main

import (
	"fmt"
	"maps"
	"slices"
)

type Acct struct {
	Owner string
	Bal   int
}

type Cell struct{ R, C int }

func (c Cell) String() string { return fmt.Sprintf("R%dC%d", c.R, c.C) }

func main() {
	m := map[string]Acct{"a": {"ann", 10}, "b": {"bob", 5}}
	a := m["a"]
	a.Bal += 90
	fmt.Println(m["a"].Bal, a.Bal)
	m["a"] = a
	fmt.Println(m["a"].Bal)
	pm := map[string]*Acct{"c": {"cy", 1}}
	pm["c"].Bal *= 7
	fmt.Println(*pm["c"])
	for _, k := range slices.Sorted(maps.Keys(m)) {
		v := m[k]
		v.Bal = 0
	}
	fmt.Println(m["b"].Bal)
	arr := [2]Acct{{"x", 1}, {"y", 2}}
	cp := arr
	cp[0].Bal = 99
	fmt.Println(arr[0].Bal, cp[0].Bal, arr == cp)
	type key struct{ r, c int }
	grid := map[key]rune{{0, 0}: 'a', {1, 2}: 'b'}
	grid[key{1, 2}]++
	fmt.Println(string(grid[key{1, 2}]), len(grid), grid[key{9, 9}] == 0)
	counts := map[string][]int{}
	counts["x"] = append(counts["x"], 1, 2)
	counts["x"][0] = 7
	fmt.Println(counts)
	sheet := map[any]string{Cell{1, 1}: "=A1", "title": "budget"}
	v, ok := sheet[Cell{1, 1}]
	fmt.Println(v, ok, sheet["title"], len(sheet))
}

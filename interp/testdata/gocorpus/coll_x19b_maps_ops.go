package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

func main() {
	inventory := map[string]int{"apple": 5, "banana": 0, "cherry": 12, "date": 3}
	fmt.Println(inventory, len(inventory))
	v, ok := inventory["banana"]
	fmt.Println(v, ok)
	v, ok = inventory["kiwi"]
	fmt.Println(v, ok)

	for k, n := range inventory {
		if n == 0 {
			delete(inventory, k)
		}
	}
	fmt.Println(inventory)

	cp := maps.Clone(inventory)
	cp["apple"] = 100
	fmt.Println(inventory["apple"], cp["apple"], maps.Equal(inventory, cp))

	maps.DeleteFunc(cp, func(k string, v int) bool { return v > 10 })
	fmt.Println(cp)
	maps.Copy(cp, map[string]int{"elder": 1, "date": 30})
	fmt.Println(cp)

	groups := map[int][]string{}
	for _, w := range strings.Fields("go is a fun language to use and it is fast") {
		groups[len(w)] = append(groups[len(w)], w)
	}
	for _, k := range slices.Sorted(maps.Keys(groups)) {
		fmt.Println(k, groups[k])
	}

	nested := map[string]map[string]int{}
	add := func(a, b string) {
		if nested[a] == nil {
			nested[a] = map[string]int{}
		}
		nested[a][b]++
	}
	add("x", "y")
	add("x", "y")
	add("x", "z")
	add("w", "y")
	fmt.Println(nested)

	type point struct{ x, y int }
	counts := make(map[point]int, 4)
	counts[point{1, 2}] += 3
	counts[point{1, 2}] *= 2
	fmt.Println(counts)

	sets := map[string]struct{}{}
	for _, s := range []string{"a", "b", "a"} {
		sets[s] = struct{}{}
	}
	_, has := sets["a"]
	fmt.Println(len(sets), has)

	collected := maps.Collect(slices.All([]string{"zero", "one", "two"}))
	fmt.Println(collected)
	inv := map[string]int{}
	for i, s := range collected {
		inv[s] = i
	}
	fmt.Printf("%v %d\n", inv, len(inv))
	var nilm map[string]bool
	fmt.Println(nilm["x"], maps.Clone(nilm) == nil)
}

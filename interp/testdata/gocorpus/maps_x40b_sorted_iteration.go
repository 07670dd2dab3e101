package main

import (
	"fmt"
	"maps"
	"slices"
	"sort"
	"strings"
)

type entry struct {
	word  string
	count int
}

func main() {
	text := "the quick brown fox jumps over the lazy dog the fox"
	counts := map[string]int{}
	for _, w := range strings.Fields(text) {
		counts[w]++
	}

	// deterministic: sorted keys
	keys := slices.Sorted(maps.Keys(counts))
	for _, k := range keys {
		fmt.Printf("%s=%d ", k, counts[k])
	}
	fmt.Println()

	// fmt prints maps sorted by key
	fmt.Println(counts)

	// sort by count desc, then word
	var es []entry
	for w, c := range counts {
		es = append(es, entry{w, c})
	}
	sort.Slice(es, func(i, j int) bool {
		if es[i].count != es[j].count {
			return es[i].count > es[j].count
		}
		return es[i].word < es[j].word
	})
	for _, e := range es[:3] {
		fmt.Printf("%+v\n", e)
	}

	// missing key yields zero value; comma-ok
	v, ok := counts["cat"]
	fmt.Println(v, ok)
	v, ok = counts["fox"]
	fmt.Println(v, ok)

	// deleting during iteration is safe
	for k := range counts {
		if len(k) <= 3 {
			delete(counts, k)
		}
	}
	fmt.Println(len(counts), counts)

	// maps are references
	m2 := counts
	m2["extra"] = 42
	fmt.Println(counts["extra"])

	// map of slices
	groups := map[int][]string{}
	for _, w := range strings.Fields(text) {
		groups[len(w)] = append(groups[len(w)], w)
	}
	for _, l := range slices.Sorted(maps.Keys(groups)) {
		fmt.Println(l, groups[l])
	}

	// map with struct key
	type pt struct{ x, y int }
	grid := map[pt]string{{1, 2}: "a", {0, 0}: "origin", {1, 0}: "b"}
	fmt.Println(grid)
	fmt.Printf("%v\n", grid[pt{1, 2}])

	// nil map read ok
	var nm map[string]bool
	fmt.Println(nm["x"], len(nm))
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		nm["x"] = true
	}()
}

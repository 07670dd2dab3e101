package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Stock map[string]int

func (s Stock) String() string {
	var parts []string
	for _, k := range slices.Sorted(maps.Keys(s)) {
		parts = append(parts, fmt.Sprintf("%s=%d", k, s[k]))
	}
	return "{" + strings.Join(parts, ", ") + "}"
}

func main() {
	inv := Stock{"apple": 5, "banana": 0, "cherry": 12, "date": 0}
	fmt.Println(inv)
	fmt.Println(len(inv))

	snapshot := maps.Clone(inv)
	maps.DeleteFunc(inv, func(k string, v int) bool { return v == 0 })
	fmt.Println("in stock:", inv)
	fmt.Println("snapshot:", snapshot)
	fmt.Println("equal?", maps.Equal(inv, snapshot))

	delivery := map[string]int{"banana": 24, "elderberry": 3}
	maps.Copy(inv, delivery)
	fmt.Println("after delivery:", inv)

	vals := slices.Sorted(maps.Values(inv))
	fmt.Println("values:", vals)

	// Build a map from a sequence of pairs.
	words := strings.Fields("the quick brown fox jumps over the lazy dog the end")
	counts := map[string]int{}
	for _, w := range words {
		counts[w]++
	}
	fmt.Println(counts)

	byLen := maps.Collect(func(yield func(int, []string) bool) {
		groups := map[int][]string{}
		for _, w := range slices.Sorted(maps.Keys(counts)) {
			groups[len(w)] = append(groups[len(w)], w)
		}
		for k, v := range groups {
			if !yield(k, v) {
				return
			}
		}
	})
	for _, n := range slices.Sorted(maps.Keys(byLen)) {
		fmt.Printf("%d: %v\n", n, byLen[n])
	}

	// maps.All and maps.Insert
	extra := map[string]int{}
	maps.Insert(extra, maps.All(map[string]int{"x": 1, "y": 2}))
	fmt.Println(extra)

	// Equal with a custom comparison.
	a := map[string]string{"Go": "gopher", "Rust": "ferris"}
	b := map[string]string{"Go": "GOPHER", "Rust": "Ferris"}
	fmt.Println(maps.EqualFunc(a, b, strings.EqualFold))

	// Invert a map.
	inverted := make(map[int][]string)
	for k, v := range counts {
		inverted[v] = append(inverted[v], k)
	}
	for _, n := range slices.Sorted(maps.Keys(inverted)) {
		ws := inverted[n]
		slices.Sort(ws)
		fmt.Printf("%dx %v\n", n, ws)
	}
	type key struct{ x, y int }
	grid := map[key]rune{{0, 0}: 'a', {1, 0}: 'b', {0, 1}: 'c'}
	fmt.Printf("%v %c\n", len(grid), grid[key{1, 0}])
}

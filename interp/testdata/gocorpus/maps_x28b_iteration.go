package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
)

// Map iteration order is random: sort the keys when output must be stable.

type wordCount struct {
	word  string
	count int
}

func countWords(text string) map[string]int {
	counts := make(map[string]int)
	for _, w := range strings.Fields(strings.ToLower(text)) {
		w = strings.Trim(w, ".,;!?")
		if w != "" {
			counts[w]++
		}
	}
	return counts
}

func main() {
	text := "The quick brown fox. The lazy dog! The fox, the dog; a fox?"
	counts := countWords(text)

	// Sorted keys.
	keys := slices.Sorted(maps.Keys(counts))
	for _, k := range keys {
		fmt.Printf("%s=%d ", k, counts[k])
	}
	fmt.Println()

	// Sort by count desc, then word.
	var wcs []wordCount
	for w, c := range counts {
		wcs = append(wcs, wordCount{w, c})
	}
	slices.SortFunc(wcs, func(a, b wordCount) int {
		if c := cmp.Compare(b.count, a.count); c != 0 {
			return c
		}
		return strings.Compare(a.word, b.word)
	})
	for _, wc := range wcs[:3] {
		fmt.Printf("%v\n", wc)
	}

	// fmt prints maps with sorted keys.
	fmt.Println(counts)
	fmt.Printf("%v\n", map[int]bool{3: true, 1: false, 2: true})

	// Deleting during iteration is safe.
	for k, v := range counts {
		if v == 1 {
			delete(counts, k)
		}
	}
	fmt.Println("after delete:", counts)

	// Missing keys return the zero value; use comma-ok to distinguish.
	v, ok := counts["cat"]
	fmt.Println("cat:", v, ok)
	v, ok = counts["the"]
	fmt.Println("the:", v, ok)

	// A nil map reads fine but panics on write.
	var nilMap map[string]int
	fmt.Println("nil map read:", nilMap["x"], len(nilMap))
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		nilMap["x"] = 1
	}()

	// Maps of slices: append to a missing key works.
	groups := map[int][]string{}
	for _, w := range keys {
		groups[len(w)] = append(groups[len(w)], w)
	}
	for _, n := range slices.Sorted(maps.Keys(groups)) {
		fmt.Println(n, groups[n])
	}

	// maps.Clone is a shallow copy.
	clone := maps.Clone(groups)
	clone[3][0] = "XXX"
	fmt.Println("original shares slices:", groups[3][0])
	fmt.Println("equal:", maps.EqualFunc(groups, clone, slices.Equal[[]string]))

	// Struct keys work when comparable.
	type point struct{ x, y int }
	visited := map[point]int{{0, 0}: 1, {1, 2}: 2}
	visited[point{1, 2}]++
	fmt.Println(visited)
}

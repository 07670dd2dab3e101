// Exercises: iterating a map in sorted key order with slices.Sorted(maps.Keys(m)).
package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

func main() {
	text := "the quick brown fox jumps over the lazy dog the end"
	freq := map[string]int{}
	for _, w := range strings.Fields(text) {
		freq[w]++
	}
	for _, k := range slices.Sorted(maps.Keys(freq)) {
		fmt.Printf("%-6s %d\n", k, freq[k])
	}
	byCount := slices.SortedFunc(maps.Keys(freq), func(a, b string) int {
		if freq[a] != freq[b] {
			return freq[b] - freq[a]
		}
		return strings.Compare(a, b)
	})
	fmt.Println(byCount[:3])
}

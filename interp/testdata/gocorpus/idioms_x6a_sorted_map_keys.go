// Exercises: stable output from maps via slices.Sorted(maps.Keys), maps.Values, maps of slices, slices of maps, named key type
package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Word string

func main() {
	text := "the cat and the hat and the bat sat"
	freq := map[Word]int{}
	byLen := map[int][]Word{}
	for _, w := range strings.Fields(text) {
		if freq[Word(w)] == 0 {
			byLen[len(w)] = append(byLen[len(w)], Word(w))
		}
		freq[Word(w)]++
	}
	for _, k := range slices.Sorted(maps.Keys(freq)) {
		fmt.Printf("%s=%d ", k, freq[k])
	}
	fmt.Println()
	for _, n := range slices.Sorted(maps.Keys(byLen)) {
		fmt.Println(n, byLen[n])
	}
	vals := slices.Sorted(maps.Values(freq))
	fmt.Println(vals, slices.Max(vals))
	rows := []map[string]int{{"x": 1}, {"x": 2, "y": 3}, {}}
	for i, r := range rows {
		keys := slices.Collect(maps.Keys(r))
		slices.Sort(keys)
		fmt.Println(i, keys, len(r))
	}
	clone := maps.Clone(freq)
	delete(clone, "the")
	fmt.Println(len(freq), len(clone), freq["the"], clone["the"])
	fmt.Println(freq)
}

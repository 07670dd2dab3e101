// Exercises: counting words in a map, sorted keys via slices.Sorted(maps.Keys), fmt sorted map printing
package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

func main() {
	text := "the cat and the hat and the bat"
	counts := map[string]int{}
	for _, w := range strings.Fields(text) {
		counts[w]++
	}
	fmt.Println(counts)
	for _, k := range slices.Sorted(maps.Keys(counts)) {
		fmt.Printf("%-4s %d\n", k, counts[k])
	}
	delete(counts, "the")
	_, ok := counts["the"]
	fmt.Println(len(counts), ok, counts["zzz"])
}

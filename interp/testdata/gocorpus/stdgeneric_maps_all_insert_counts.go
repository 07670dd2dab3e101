// Exercises: maps.All with maps.Insert to merge, and collecting Seq2 into a new map.
package main

import (
	"fmt"
	"iter"
	"maps"
)

func counts(words []string) iter.Seq2[string, int] {
	return func(yield func(string, int) bool) {
		m := map[string]int{}
		for _, w := range words {
			m[w]++
		}
		for k, v := range m {
			if !yield(k, v) {
				return
			}
		}
	}
}

func main() {
	total := maps.Collect(counts([]string{"a", "b", "a"}))
	fmt.Println(total)
	for k, v := range counts([]string{"b", "c", "c"}) {
		total[k] += v
	}
	fmt.Println(total)
	cp := map[string]int{}
	maps.Insert(cp, maps.All(total))
	delete(cp, "a")
	fmt.Println(len(total), len(cp), cp)
}

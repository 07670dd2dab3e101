// Exercises: maps of structs and of slices, comma-ok lookups, counting words of labels, deleting while iterating, sorted printing
package main

import (
	"fmt"
	"sort"
)

type Stats struct {
	Count int
	Sum   float64
}

func main() {
	preds := []string{"cat", "dog", "cat", "bird", "cat", "dog"}
	scores := []float64{0.9, 0.8, 0.6, 0.3, 0.7, 0.4}
	stats := map[string]Stats{}
	for i, p := range preds {
		s := stats[p]
		s.Count++
		s.Sum += scores[i]
		stats[p] = s
	}
	keys := make([]string, 0)
	for k := range stats {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%s n=%d mean=%.3f\n", k, stats[k].Count, stats[k].Sum/float64(stats[k].Count))
	}
	if s, ok := stats["fish"]; !ok {
		fmt.Println("no fish:", s, ok)
	}
	groups := map[bool][]string{}
	for i, p := range preds {
		groups[scores[i] > 0.5] = append(groups[scores[i] > 0.5], p)
	}
	fmt.Println(groups[true], groups[false], len(groups))
	for k, v := range stats {
		if v.Count < 2 {
			delete(stats, k)
		}
	}
	fmt.Println(len(stats), stats)
	nested := map[string]map[string]int{}
	if nested["a"] == nil {
		nested["a"] = map[string]int{}
	}
	nested["a"]["b"]++
	fmt.Println(nested, nested["x"]["y"])
}

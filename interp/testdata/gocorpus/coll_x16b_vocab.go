package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

func main() {
	corpus := []string{
		"the gradient flows backward through the graph",
		"the chain rule multiplies local gradients",
		"a sigmoid gate squashes the input",
		"backward pass accumulates gradients in the graph",
	}
	counts := map[string]int{}
	for _, s := range corpus {
		for w := range strings.FieldsSeq(s) {
			counts[w]++
		}
	}
	fmt.Println(len(counts), "distinct words")
	keys := slices.Sorted(maps.Keys(counts))
	fmt.Println(keys[:5])
	byFreq := slices.Clone(keys)
	slices.SortStableFunc(byFreq, func(a, b string) int { return counts[b] - counts[a] })
	for _, w := range byFreq[:4] {
		fmt.Printf("%-10s %d\n", w, counts[w])
	}
	index := make(map[string]int, len(keys))
	for i, k := range keys {
		index[k] = i
	}
	encode := func(s string) []int {
		var ids []int
		for _, w := range strings.Fields(s) {
			if id, ok := index[w]; ok {
				ids = append(ids, id)
			} else {
				ids = append(ids, -1)
			}
		}
		return ids
	}
	fmt.Println(encode("the backward gradient of a tanh gate"))
	bigrams := map[[2]string]int{}
	for _, s := range corpus {
		f := strings.Fields(s)
		for i := 1; i < len(f); i++ {
			bigrams[[2]string{f[i-1], f[i]}]++
		}
	}
	fmt.Println(bigrams[[2]string{"the", "graph"}], bigrams[[2]string{"the", "gradient"}])
	lengths := map[int][]string{}
	for _, k := range keys {
		lengths[len(k)] = append(lengths[len(k)], k)
	}
	fmt.Println(lengths)
	idx, found := slices.BinarySearch(keys, "rule")
	fmt.Println(idx, found, slices.Index(keys, "zzz"))
	fmt.Println(slices.Max(keys), slices.Min(keys))
	cs := slices.Collect(maps.Values(map[string]int{"a": 1}))
	fmt.Println(cs)
}

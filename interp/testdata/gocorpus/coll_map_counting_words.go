// Exercises: counting with a map and sorting entries by count then key.
package main

import (
	"fmt"
	"sort"
	"strings"
)

func main() {
	text := `It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness`
	counts := map[string]int{}
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return r == ' ' || r == ',' || r == '\n'
	}) {
		counts[w]++
	}
	type kv struct {
		k string
		v int
	}
	var list []kv
	for k, v := range counts {
		list = append(list, kv{k, v})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].v != list[j].v {
			return list[i].v > list[j].v
		}
		return list[i].k < list[j].k
	})
	for _, e := range list[:5] {
		fmt.Println(e.k, e.v)
	}
	fmt.Println(len(counts))
}

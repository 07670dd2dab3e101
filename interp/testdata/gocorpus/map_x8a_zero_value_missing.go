// Exercises: maps - missing key yields the zero value, comma-ok distinguishes, counting with ++ on missing key
package main

import (
	"fmt"
	"sort"
)

type Stats struct{ Count int }

func main() {
	m := map[string]int{"a": 1}
	fmt.Println("missing key:", m["zz"])
	v, ok := m["zz"]
	fmt.Println("comma-ok missing:", v, ok)
	m["zero"] = 0
	v, ok = m["zero"]
	fmt.Println("comma-ok stored zero:", v, ok)
	counts := map[rune]int{}
	for _, r := range "banana" {
		counts[r]++
	}
	fmt.Println("counts printed sorted by fmt:", counts)
	ms := map[string]Stats{}
	fmt.Println("missing struct:", ms["x"].Count)
	mp := map[string]*Stats{}
	if mp["x"] == nil {
		mp["x"] = &Stats{}
	}
	mp["x"].Count += 5
	fmt.Println("pointer values modifiable:", mp["x"].Count)
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println("sorted keys:", keys, len(m))
	delete(m, "nope")
	fmt.Println("delete missing is fine:", len(m))
}

// Exercises: pair-insertion counting with map[[2]byte]int64, maps.Keys with slices.Sorted, builtin min/max over counts, rules parsed with " -> "
package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

const input = `NNCB

CH -> B
HH -> N
CB -> H
NH -> C
HB -> C
HC -> B
HN -> C
NN -> C
BH -> H
NC -> B
NB -> B
BN -> B
BB -> N
BC -> B
CC -> N
CN -> C`

func main() {
	parts := strings.Split(input, "\n\n")
	tmpl := parts[0]
	rules := map[[2]byte]byte{}
	for _, l := range strings.Split(parts[1], "\n") {
		a, b, _ := strings.Cut(l, " -> ")
		rules[[2]byte{a[0], a[1]}] = b[0]
	}
	pairs := map[[2]byte]int64{}
	for i := 0; i+1 < len(tmpl); i++ {
		pairs[[2]byte{tmpl[i], tmpl[i+1]}]++
	}
	for step := 1; step <= 40; step++ {
		next := map[[2]byte]int64{}
		for p, n := range pairs {
			if c, ok := rules[p]; ok {
				next[[2]byte{p[0], c}] += n
				next[[2]byte{c, p[1]}] += n
			} else {
				next[p] += n
			}
		}
		pairs = next
		if step == 10 || step == 40 {
			counts := map[byte]int64{tmpl[len(tmpl)-1]: 1}
			for p, n := range pairs {
				counts[p[0]] += n
			}
			lo, hi := int64(1<<62), int64(0)
			for _, v := range counts {
				lo, hi = min(lo, v), max(hi, v)
			}
			keys := slices.Sorted(maps.Keys(counts))
			fmt.Printf("step %d: %d %q\n", step, hi-lo, keys)
		}
	}
}

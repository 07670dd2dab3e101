package main

import (
	"fmt"
	"slices"
	"strings"
)

type pair struct{ a, b string }

func countPairs(words map[string][]string, freq map[string]int) map[pair]int {
	counts := map[pair]int{}
	for w, toks := range words {
		for i := 0; i+1 < len(toks); i++ {
			counts[pair{toks[i], toks[i+1]}] += freq[w]
		}
	}
	return counts
}

func bestPair(counts map[pair]int) (pair, int) {
	keys := make([]pair, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(x, y pair) int {
		if counts[x] != counts[y] {
			return counts[y] - counts[x]
		}
		return strings.Compare(x.a+" "+x.b, y.a+" "+y.b)
	})
	return keys[0], counts[keys[0]]
}

func merge(toks []string, p pair) []string {
	var out []string
	for i := 0; i < len(toks); i++ {
		if i+1 < len(toks) && toks[i] == p.a && toks[i+1] == p.b {
			out = append(out, p.a+p.b)
			i++
		} else {
			out = append(out, toks[i])
		}
	}
	return out
}

func main() {
	text := "low lower lowest newer newest wider wide low low newest"
	freq := map[string]int{}
	for _, w := range strings.Fields(text) {
		freq[w+"_"]++
	}
	words := map[string][]string{}
	for w := range freq {
		words[w] = strings.Split(w, "")
	}
	var merges []pair
	for step := 0; step < 8; step++ {
		counts := countPairs(words, freq)
		if len(counts) == 0 {
			break
		}
		p, c := bestPair(counts)
		merges = append(merges, p)
		fmt.Printf("merge %d: %q + %q (count %d)\n", step, p.a, p.b, c)
		for w, toks := range words {
			words[w] = merge(toks, p)
		}
	}
	keys := slices.Sorted(func(yield func(string) bool) {
		for k := range words {
			if !yield(k) {
				return
			}
		}
	})
	for _, k := range keys {
		fmt.Printf("%-9s %d %v\n", k, freq[k], words[k])
	}
	encode := func(w string) []string {
		toks := strings.Split(w+"_", "")
		for _, m := range merges {
			toks = merge(toks, m)
		}
		return toks
	}
	fmt.Println(encode("lowest"), encode("newer"), encode("slow"))
	fmt.Println(len(merges), merges[0])
}

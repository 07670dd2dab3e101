package main

import (
	"fmt"
	"maps"
	"slices"
	"sort"
)

const genome = "ACGTTGCATGTCGCATGATGCATGAGAGCT"

func kmerCounts(s string, k int) map[string]int {
	counts := make(map[string]int)
	for i := 0; i+k <= len(s); i++ {
		counts[s[i:i+k]]++
	}
	return counts
}

type kmerFreq struct {
	Kmer  string
	Count int
}

func mostFrequent(counts map[string]int) []kmerFreq {
	var out []kmerFreq
	for k, v := range counts {
		out = append(out, kmerFreq{k, v})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Count != out[j].Count {
			return out[i].Count > out[j].Count
		}
		return out[i].Kmer < out[j].Kmer
	})
	return out
}

func clumps(s string, k, window, t int) []string {
	found := map[string]bool{}
	for i := 0; i+window <= len(s); i++ {
		for kmer, c := range kmerCounts(s[i:i+window], k) {
			if c >= t {
				found[kmer] = true
			}
		}
	}
	return slices.Sorted(maps.Keys(found))
}

func main() {
	for k := 2; k <= 4; k++ {
		counts := kmerCounts(genome, k)
		top := mostFrequent(counts)
		fmt.Printf("k=%d distinct=%d\n", k, len(counts))
		for i, kf := range top {
			if i == 4 {
				break
			}
			fmt.Printf("  %-5s %3d\n", kf.Kmer, kf.Count)
		}
	}
	c3 := kmerCounts(genome, 3)
	fmt.Println(c3)
	fmt.Println("clumps:", clumps(genome, 3, 10, 2))
	keys := slices.Collect(maps.Keys(c3))
	slices.Sort(keys)
	fmt.Println(keys[:5], len(keys))
}

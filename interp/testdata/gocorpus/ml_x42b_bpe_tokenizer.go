package main

import (
	"fmt"
	"sort"
	"strings"
)

type pair struct{ a, b string }

type BPE struct {
	merges []pair
	rank   map[pair]int
	vocab  map[string]int
}

func countPairs(words map[string]int, splits map[string][]string) map[pair]int {
	counts := map[pair]int{}
	for w, freq := range words {
		s := splits[w]
		for i := 0; i+1 < len(s); i++ {
			counts[pair{s[i], s[i+1]}] += freq
		}
	}
	return counts
}

func Train(corpus string, numMerges int) *BPE {
	words := map[string]int{}
	for _, w := range strings.Fields(strings.ToLower(corpus)) {
		words[w+"</w>"]++
	}
	splits := map[string][]string{}
	for w := range words {
		base := strings.TrimSuffix(w, "</w>")
		parts := strings.Split(base, "")
		parts[len(parts)-1] += "</w>"
		splits[w] = parts
	}
	m := &BPE{rank: map[pair]int{}, vocab: map[string]int{}}
	for step := 0; step < numMerges; step++ {
		counts := countPairs(words, splits)
		if len(counts) == 0 {
			break
		}
		var best pair
		bestN := -1
		for p, n := range counts {
			if n > bestN || (n == bestN && p.a+" "+p.b < best.a+" "+best.b) {
				best, bestN = p, n
			}
		}
		if bestN < 2 {
			break
		}
		m.rank[best] = len(m.merges)
		m.merges = append(m.merges, best)
		for w, s := range splits {
			splits[w] = mergePair(s, best)
		}
	}
	for w, s := range splits {
		for _, tok := range s {
			m.vocab[tok] += words[w]
		}
	}
	return m
}

func mergePair(s []string, p pair) []string {
	out := make([]string, 0, len(s))
	for i := 0; i < len(s); i++ {
		if i+1 < len(s) && s[i] == p.a && s[i+1] == p.b {
			out = append(out, p.a+p.b)
			i++
			continue
		}
		out = append(out, s[i])
	}
	return out
}

func (m *BPE) Tokenize(word string) []string {
	parts := strings.Split(strings.ToLower(word), "")
	parts[len(parts)-1] += "</w>"
	for {
		bestRank := len(m.merges)
		var best pair
		for i := 0; i+1 < len(parts); i++ {
			if r, ok := m.rank[pair{parts[i], parts[i+1]}]; ok && r < bestRank {
				bestRank, best = r, pair{parts[i], parts[i+1]}
			}
		}
		if bestRank == len(m.merges) {
			return parts
		}
		parts = mergePair(parts, best)
	}
}

const corpus = `low lower lowest low low newer newest new new wider widest wide
the lowest newest model is the widest low new model`

func main() {
	m := Train(corpus, 12)
	for i, p := range m.merges {
		fmt.Printf("merge %2d: %q + %q\n", i, p.a, p.b)
	}
	toks := make([]string, 0, len(m.vocab))
	for t := range m.vocab {
		toks = append(toks, t)
	}
	sort.Slice(toks, func(i, j int) bool {
		if m.vocab[toks[i]] != m.vocab[toks[j]] {
			return m.vocab[toks[i]] > m.vocab[toks[j]]
		}
		return toks[i] < toks[j]
	})
	fmt.Println("top tokens:", toks[:8])
	for _, w := range []string{"lowest", "newer", "slowest", "widening", "a"} {
		fmt.Printf("%-9s %q\n", w, m.Tokenize(w))
	}
}

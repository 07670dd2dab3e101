package main

import "fmt"

func prefixFunction(p string) []int {
	pi := make([]int, len(p))
	k := 0
	for i := 1; i < len(p); i++ {
		for k > 0 && p[i] != p[k] {
			k = pi[k-1]
		}
		if p[i] == p[k] {
			k++
		}
		pi[i] = k
	}
	return pi
}

func kmpSearch(text, pattern string) []int {
	if pattern == "" {
		return nil
	}
	pi := prefixFunction(pattern)
	var hits []int
	q := 0
	for i := 0; i < len(text); i++ {
		for q > 0 && text[i] != pattern[q] {
			q = pi[q-1]
		}
		if text[i] == pattern[q] {
			q++
		}
		if q == len(pattern) {
			hits = append(hits, i-len(pattern)+1)
			q = pi[q-1]
		}
	}
	return hits
}

type Motif struct {
	Name    string
	Pattern string
}

func main() {
	dna := "GATATATGCATATACTTATATAGCATATAT"
	motifs := []Motif{
		{"TATA-box", "TATA"},
		{"ATAT", "ATAT"},
		{"CAT", "CAT"},
		{"absent", "GGGG"},
	}
	for _, m := range motifs {
		fmt.Printf("%-9s pi=%v\n", m.Name, prefixFunction(m.Pattern))
	}
	fmt.Println()
	fmt.Printf("%-9s | %-7s | %s\n", "motif", "count", "positions")
	for _, m := range motifs {
		hits := kmpSearch(dna, m.Pattern)
		fmt.Printf("%-9s | %7d | %v\n", m.Name, len(hits), hits)
	}
	fmt.Printf("%v\n", prefixFunction("aabaaab"))
	fmt.Printf("%#v\n", kmpSearch("aaaaa", "aa"))
	fmt.Printf("%#v\n", kmpSearch("abc", ""))
}

package main

import (
	"bufio"
	"fmt"
	"sort"
	"strings"
	"unicode"
)

type Count struct {
	Gram string
	N    int
}

func ngrams(words []string, n int) []string {
	var out []string
	for i := 0; i+n <= len(words); i++ {
		out = append(out, strings.Join(words[i:i+n], "_"))
	}
	return out
}

func topK(m map[string]int, k int) []Count {
	cs := make([]Count, 0, len(m))
	for g, n := range m {
		cs = append(cs, Count{g, n})
	}
	sort.Slice(cs, func(i, j int) bool {
		if cs[i].N != cs[j].N {
			return cs[i].N > cs[j].N
		}
		return cs[i].Gram < cs[j].Gram
	})
	if len(cs) > k {
		cs = cs[:k]
	}
	return cs
}

const text = `Machine learning is the study of algorithms that learn from data.
Deep learning is a subset of machine learning.
Learning from data requires data, and data requires cleaning.`

func main() {
	sc := bufio.NewScanner(strings.NewReader(text))
	sc.Split(bufio.ScanWords)
	var words []string
	for sc.Scan() {
		w := strings.TrimFunc(strings.ToLower(sc.Text()), func(r rune) bool { return !unicode.IsLetter(r) })
		if w != "" {
			words = append(words, w)
		}
	}
	fmt.Println("tokens:", len(words))
	for n := 1; n <= 3; n++ {
		counts := map[string]int{}
		for _, g := range ngrams(words, n) {
			counts[g]++
		}
		fmt.Printf("%d-grams (%d distinct): %v\n", n, len(counts), topK(counts, 4))
	}
	lines := bufio.NewScanner(strings.NewReader(text))
	for i := 1; lines.Scan(); i++ {
		fmt.Printf("%d: %q\n", i, strings.Title(lines.Text()[:12]))
	}
}

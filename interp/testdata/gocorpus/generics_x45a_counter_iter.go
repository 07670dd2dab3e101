package main

import (
	"cmp"
	"fmt"
	"iter"
	"maps"
	"slices"
)

type Counter[K comparable] struct {
	m     map[K]int
	total int
}

func NewCounter[K comparable]() *Counter[K] { return &Counter[K]{m: make(map[K]int)} }

func (c *Counter[K]) Add(items ...K) {
	for _, it := range items {
		c.m[it]++
		c.total++
	}
}

func (c *Counter[K]) All() iter.Seq2[K, int] {
	return func(yield func(K, int) bool) {
		for k, v := range c.m {
			if !yield(k, v) {
				return
			}
		}
	}
}

type pair[K any] struct {
	Key   K
	Count int
}

func MostCommon[K cmp.Ordered](c *Counter[K], n int) []pair[K] {
	var ps []pair[K]
	for k, v := range c.All() {
		ps = append(ps, pair[K]{k, v})
	}
	slices.SortFunc(ps, func(a, b pair[K]) int {
		return cmp.Or(cmp.Compare(b.Count, a.Count), cmp.Compare(a.Key, b.Key))
	})
	if n < len(ps) {
		ps = ps[:n]
	}
	return ps
}

func Windows(s string, k int) iter.Seq[string] {
	return func(yield func(string) bool) {
		for i := 0; i+k <= len(s); i++ {
			if !yield(s[i : i+k]) {
				return
			}
		}
	}
}

func Codons(s string) iter.Seq2[int, string] {
	return func(yield func(int, string) bool) {
		for i := 0; i+3 <= len(s); i += 3 {
			if !yield(i/3, s[i:i+3]) {
				return
			}
		}
	}
}

func main() {
	protein := "MKTAYIAKQRQISFVKSHFSRQLEERLGLIEVQAPILSRVGDGTQDNLSGAEKAVQVKVKALPDAQFEVVHSLAKWKRQTLGQHDFSAGEGLYTHMKALRPDEDRLSPLHSVYVDQWDWERVMGDGERQFSTLKSTVEAIWAGIKATEAAVSEEFGLAPFLPDQIHFVHSQELLSRYPDLDAKGRERAIAKDLGAVFLVGIGGKLSDGHRHDVRAPDYDDWUAXGL"
	aa := NewCounter[rune]()
	for _, r := range protein {
		aa.Add(r)
	}
	fmt.Println("residues:", aa.total, "distinct:", len(aa.m))
	for _, p := range MostCommon(aa, 5) {
		fmt.Printf("  %c %3d %5.2f%%\n", p.Key, p.Count, 100*float64(p.Count)/float64(aa.total))
	}
	di := NewCounter[string]()
	for w := range Windows(protein, 2) {
		di.Add(w)
	}
	fmt.Printf("%+v\n", MostCommon(di, 3))
	for i, c := range Codons("ATGGCCATTGTAATGGGCCGC") {
		if i > 4 {
			break
		}
		fmt.Print(i, ":", c, " ")
	}
	fmt.Println()
	keys := slices.Sorted(maps.Keys(di.m))
	fmt.Println(keys[:6], len(keys))
	next, stop := iter.Pull(Windows("ACGTAC", 4))
	defer stop()
	for {
		w, ok := next()
		if !ok {
			break
		}
		fmt.Print(w, ";")
	}
	fmt.Println()
}

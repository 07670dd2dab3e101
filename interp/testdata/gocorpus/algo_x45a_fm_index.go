package main

import (
	"fmt"
	"sort"
	"strings"
)

type FMIndex struct {
	bwt    string
	sa     []int
	first  map[byte]int
	occ    map[byte][]int
	alphab []byte
}

func NewFMIndex(text string) *FMIndex {
	text += "$"
	n := len(text)
	sa := make([]int, n)
	for i := range sa {
		sa[i] = i
	}
	sort.Slice(sa, func(a, b int) bool { return text[sa[a]:] < text[sa[b]:] })
	bw := make([]byte, n)
	for i, p := range sa {
		bw[i] = text[(p+n-1)%n]
	}
	fm := &FMIndex{bwt: string(bw), sa: sa, first: map[byte]int{}, occ: map[byte][]int{}}
	counts := map[byte]int{}
	for i := 0; i < n; i++ {
		counts[text[i]]++
	}
	for c := range counts {
		fm.alphab = append(fm.alphab, c)
	}
	sort.Slice(fm.alphab, func(i, j int) bool { return fm.alphab[i] < fm.alphab[j] })
	total := 0
	for _, c := range fm.alphab {
		fm.first[c] = total
		total += counts[c]
		fm.occ[c] = make([]int, n+1)
	}
	for i := 0; i < n; i++ {
		for _, c := range fm.alphab {
			fm.occ[c][i+1] = fm.occ[c][i]
		}
		fm.occ[bw[i]][i+1]++
	}
	return fm
}

func (fm *FMIndex) Count(p string) (lo, hi int) {
	lo, hi = 0, len(fm.bwt)
	for i := len(p) - 1; i >= 0 && lo < hi; i-- {
		c := p[i]
		if _, ok := fm.first[c]; !ok {
			return 0, 0
		}
		lo = fm.first[c] + fm.occ[c][lo]
		hi = fm.first[c] + fm.occ[c][hi]
	}
	return
}

func (fm *FMIndex) Locate(p string) []int {
	lo, hi := fm.Count(p)
	pos := append([]int(nil), fm.sa[lo:hi]...)
	sort.Ints(pos)
	return pos
}

func main() {
	text := "ACAACGACAACGTTACA"
	fm := NewFMIndex(text)
	fmt.Println("BWT:", fm.bwt)
	fmt.Print("C: ")
	for _, c := range fm.alphab {
		fmt.Printf("%c=%d ", c, fm.first[c])
	}
	fmt.Println()
	fmt.Printf("%-6s %5s  %s\n", "query", "count", "positions")
	for _, q := range []string{"ACA", "AC", "CG", "TTA", "GGG", "A", strings.Repeat("A", 2)} {
		lo, hi := fm.Count(q)
		fmt.Printf("%-6s %5d  %v\n", q, hi-lo, fm.Locate(q))
	}
	fmt.Println(fm.occ['A'][:8])
}

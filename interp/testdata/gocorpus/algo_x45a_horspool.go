package main

import (
	"fmt"
	"strings"
)

type Horspool struct {
	pattern string
	shift   [256]int
}

func NewHorspool(p string) *Horspool {
	h := &Horspool{pattern: p}
	for i := range h.shift {
		h.shift[i] = len(p)
	}
	for i := 0; i < len(p)-1; i++ {
		h.shift[p[i]] = len(p) - 1 - i
	}
	return h
}

func (h *Horspool) FindAll(text string) (hits []int, comparisons int) {
	m := len(h.pattern)
	for pos := 0; pos+m <= len(text); {
		j := m - 1
		for j >= 0 {
			comparisons++
			if text[pos+j] != h.pattern[j] {
				break
			}
			j--
		}
		if j < 0 {
			hits = append(hits, pos)
		}
		pos += h.shift[text[pos+m-1]]
	}
	return
}

func naive(text, p string) (hits []int, comparisons int) {
	for i := 0; i+len(p) <= len(text); i++ {
		k := 0
		for k < len(p) {
			comparisons++
			if text[i+k] != p[k] {
				break
			}
			k++
		}
		if k == len(p) {
			hits = append(hits, i)
		}
	}
	return
}

func main() {
	text := strings.Repeat("GCATCGCAGAGAGTATACAGTACG", 3)
	patterns := []string{"GCAGAGAG", "TACG", "AGTA", "CCCC", "G"}
	fmt.Printf("%-9s %-14s %6s %6s\n", "pattern", "hits", "horsp", "naive")
	for _, p := range patterns {
		h := NewHorspool(p)
		hits, c1 := h.FindAll(text)
		nh, c2 := naive(text, p)
		if fmt.Sprint(hits) != fmt.Sprint(nh) {
			panic("mismatch for " + p)
		}
		fmt.Printf("%-9s %-14v %6d %6d\n", p, hits, c1, c2)
	}
	h := NewHorspool("GCAGAGAG")
	for _, c := range "ACGT" {
		fmt.Printf("shift[%c]=%d ", c, h.shift[c])
	}
	fmt.Println()
	fmt.Println(len(h.shift), h.shift['Z'])
}

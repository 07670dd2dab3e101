package main

import (
	"fmt"
	"slices"
	"strings"
)

type SuffixArray struct {
	text string
	sa   []int
	lcp  []int
}

func NewSuffixArray(text string) *SuffixArray {
	sa := make([]int, len(text))
	for i := range sa {
		sa[i] = i
	}
	slices.SortFunc(sa, func(a, b int) int { return strings.Compare(text[a:], text[b:]) })
	s := &SuffixArray{text: text, sa: sa}
	s.buildLCP()
	return s
}

func (s *SuffixArray) buildLCP() {
	n := len(s.text)
	rank := make([]int, n)
	for i, p := range s.sa {
		rank[p] = i
	}
	s.lcp = make([]int, n)
	h := 0
	for i := 0; i < n; i++ {
		if rank[i] > 0 {
			j := s.sa[rank[i]-1]
			for i+h < n && j+h < n && s.text[i+h] == s.text[j+h] {
				h++
			}
			s.lcp[rank[i]] = h
			if h > 0 {
				h--
			}
		} else {
			h = 0
		}
	}
}

func (s *SuffixArray) Locate(p string) []int {
	lo, _ := slices.BinarySearchFunc(s.sa, p, func(pos int, p string) int {
		suf := s.text[pos:]
		if strings.HasPrefix(suf, p) {
			return 0
		}
		return strings.Compare(suf, p)
	})
	var out []int
	for i := lo; i < len(s.sa) && strings.HasPrefix(s.text[s.sa[i]:], p); i++ {
		out = append(out, s.sa[i])
	}
	slices.Sort(out)
	return out
}

func (s *SuffixArray) LongestRepeat() string {
	best, at := 0, 0
	for i, l := range s.lcp {
		if l > best {
			best, at = l, s.sa[i]
		}
	}
	return s.text[at : at+best]
}

func main() {
	sa := NewSuffixArray("mississippi$")
	fmt.Printf("%3s %3s %3s  %s\n", "i", "SA", "LCP", "suffix")
	for i, p := range sa.sa {
		fmt.Printf("%3d %3d %3d  %s\n", i, p, sa.lcp[i], sa.text[p:])
	}
	for _, q := range []string{"ssi", "i", "pp", "x"} {
		fmt.Printf("locate %-4q -> %v\n", q, sa.Locate(q))
	}
	fmt.Printf("longest repeat: %q\n", sa.LongestRepeat())
	dna := NewSuffixArray("ACGTACGTTACG")
	fmt.Println(dna.sa, dna.LongestRepeat())
}

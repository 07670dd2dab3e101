package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type Interval struct{ Start, End int }

func (iv Interval) String() string { return fmt.Sprintf("[%d,%d)", iv.Start, iv.End) }
func (iv Interval) Len() int       { return iv.End - iv.Start }

type IntervalSet struct{ ivs []Interval }

func (s *IntervalSet) Add(iv Interval) {
	if iv.Len() <= 0 {
		return
	}
	s.ivs = append(s.ivs, iv)
	slices.SortFunc(s.ivs, func(a, b Interval) int { return cmp.Compare(a.Start, b.Start) })
	merged := s.ivs[:1]
	for _, cur := range s.ivs[1:] {
		last := &merged[len(merged)-1]
		if cur.Start <= last.End {
			last.End = max(last.End, cur.End)
		} else {
			merged = append(merged, cur)
		}
	}
	s.ivs = merged
}

func (s *IntervalSet) Remove(iv Interval) {
	var out []Interval
	for _, cur := range s.ivs {
		if cur.End <= iv.Start || cur.Start >= iv.End {
			out = append(out, cur)
			continue
		}
		if cur.Start < iv.Start {
			out = append(out, Interval{cur.Start, iv.Start})
		}
		if cur.End > iv.End {
			out = append(out, Interval{iv.End, cur.End})
		}
	}
	s.ivs = out
}

func (s *IntervalSet) Contains(x int) bool {
	i, found := slices.BinarySearchFunc(s.ivs, x, func(iv Interval, x int) int {
		switch {
		case iv.End <= x:
			return -1
		case iv.Start > x:
			return 1
		}
		return 0
	})
	_ = i
	return found
}

func (s *IntervalSet) Total() (n int) {
	for _, iv := range s.ivs {
		n += iv.Len()
	}
	return
}

func (s *IntervalSet) String() string {
	parts := make([]string, len(s.ivs))
	for i, iv := range s.ivs {
		parts[i] = iv.String()
	}
	return "{" + strings.Join(parts, " ") + "}"
}

func main() {
	var s IntervalSet
	for _, iv := range []Interval{{5, 10}, {1, 3}, {9, 12}, {20, 25}, {3, 4}, {30, 30}, {0, 1}} {
		s.Add(iv)
		fmt.Println("add", iv, "->", &s)
	}
	s.Remove(Interval{2, 6})
	fmt.Println("remove [2,6) ->", &s, s.Total())
	s.Remove(Interval{21, 22})
	fmt.Println(s.String(), s.Total())
	for _, x := range []int{0, 2, 6, 11, 12, 21, 24, 25, 100} {
		fmt.Print(x, ":", s.Contains(x), " ")
	}
	fmt.Println()
}

// Exercises: interval scheduling (greedy by end), merging overlapping intervals, meeting rooms via sorted starts/ends, sort.Slice on a struct slice.
package main

import (
	"fmt"
	"sort"
)

type Interval struct{ Start, End int }

func (iv Interval) String() string { return fmt.Sprintf("[%d,%d)", iv.Start, iv.End) }

func maxNonOverlapping(ivs []Interval) []Interval {
	s := append([]Interval(nil), ivs...)
	sort.Slice(s, func(i, j int) bool { return s[i].End < s[j].End })
	var out []Interval
	end := -1 << 31
	for _, iv := range s {
		if iv.Start >= end {
			out = append(out, iv)
			end = iv.End
		}
	}
	return out
}

func merge(ivs []Interval) []Interval {
	s := append([]Interval(nil), ivs...)
	sort.Slice(s, func(i, j int) bool { return s[i].Start < s[j].Start })
	out := s[:0:0]
	for _, iv := range s {
		if n := len(out); n > 0 && iv.Start <= out[n-1].End {
			if iv.End > out[n-1].End {
				out[n-1].End = iv.End
			}
			continue
		}
		out = append(out, iv)
	}
	return out
}

func rooms(ivs []Interval) int {
	starts, ends := make([]int, len(ivs)), make([]int, len(ivs))
	for i, iv := range ivs {
		starts[i], ends[i] = iv.Start, iv.End
	}
	sort.Ints(starts)
	sort.Ints(ends)
	best, cur, j := 0, 0, 0
	for _, s := range starts {
		for j < len(ends) && ends[j] <= s {
			cur--
			j++
		}
		cur++
		best = max(best, cur)
	}
	return best
}

func main() {
	ivs := []Interval{{1, 4}, {3, 5}, {0, 6}, {5, 7}, {3, 9}, {5, 9}, {6, 10}, {8, 11}, {8, 12}, {2, 14}, {12, 16}}
	fmt.Println(maxNonOverlapping(ivs))
	fmt.Println(merge([]Interval{{1, 3}, {8, 10}, {2, 6}, {15, 18}, {17, 20}, {6, 7}}))
	fmt.Println(rooms(ivs), rooms(nil), ivs[0])
}

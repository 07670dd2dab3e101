package main

import (
	"fmt"
	"slices"
	"sort"
)

type Interval struct {
	Start, End int
}

func (iv Interval) String() string { return fmt.Sprintf("[%d,%d]", iv.Start, iv.End) }

func merge(in []Interval) []Interval {
	if len(in) == 0 {
		return nil
	}
	sorted := slices.Clone(in)
	slices.SortFunc(sorted, func(a, b Interval) int { return a.Start - b.Start })
	out := []Interval{sorted[0]}
	for _, iv := range sorted[1:] {
		last := &out[len(out)-1]
		if iv.Start <= last.End {
			last.End = max(last.End, iv.End)
		} else {
			out = append(out, iv)
		}
	}
	return out
}

func insert(ivs []Interval, nw Interval) []Interval {
	var res []Interval
	i := 0
	for i < len(ivs) && ivs[i].End < nw.Start {
		res = append(res, ivs[i])
		i++
	}
	for i < len(ivs) && ivs[i].Start <= nw.End {
		nw.Start = min(nw.Start, ivs[i].Start)
		nw.End = max(nw.End, ivs[i].End)
		i++
	}
	res = append(res, nw)
	return append(res, ivs[i:]...)
}

// minMeetingRooms counts overlapping meetings with sorted start/end times.
func minMeetingRooms(ivs []Interval) int {
	starts := make([]int, len(ivs))
	ends := make([]int, len(ivs))
	for i, iv := range ivs {
		starts[i], ends[i] = iv.Start, iv.End
	}
	sort.Ints(starts)
	sort.Ints(ends)
	rooms, e := 0, 0
	for _, s := range starts {
		if s < ends[e] {
			rooms++
		} else {
			e++
		}
	}
	return rooms
}

func eraseOverlap(ivs []Interval) int {
	s := slices.Clone(ivs)
	sort.Slice(s, func(i, j int) bool { return s[i].End < s[j].End })
	removed, end := 0, s[0].End
	for _, iv := range s[1:] {
		if iv.Start < end {
			removed++
		} else {
			end = iv.End
		}
	}
	return removed
}

func main() {
	in := []Interval{{1, 3}, {8, 10}, {2, 6}, {15, 18}}
	fmt.Println("merge:", merge(in))
	fmt.Println("merge:", merge([]Interval{{1, 4}, {4, 5}}))
	fmt.Println("input untouched:", in)
	fmt.Println("insert:", insert([]Interval{{1, 3}, {6, 9}}, Interval{2, 5}))
	fmt.Println("insert:", insert([]Interval{{1, 2}, {3, 5}, {6, 7}, {8, 10}, {12, 16}}, Interval{4, 8}))
	fmt.Println("rooms:", minMeetingRooms([]Interval{{0, 30}, {5, 10}, {15, 20}}))
	fmt.Println("rooms:", minMeetingRooms([]Interval{{7, 10}, {2, 4}}))
	fmt.Println("erase:", eraseOverlap([]Interval{{1, 2}, {2, 3}, {3, 4}, {1, 3}}))
	fmt.Printf("%v %+v %#v\n", in[0], in[0], in[0])
}

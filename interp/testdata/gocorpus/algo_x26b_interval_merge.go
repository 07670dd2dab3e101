package main

import (
	"cmp"
	"fmt"
	"slices"
)

type Interval struct{ Lo, Hi int }

func (iv Interval) String() string { return fmt.Sprintf("[%d,%d]", iv.Lo, iv.Hi) }

func Merge(ivs []Interval) []Interval {
	if len(ivs) == 0 {
		return nil
	}
	s := slices.Clone(ivs)
	slices.SortFunc(s, func(a, b Interval) int {
		return cmp.Or(cmp.Compare(a.Lo, b.Lo), cmp.Compare(a.Hi, b.Hi))
	})
	out := []Interval{s[0]}
	for _, iv := range s[1:] {
		last := &out[len(out)-1]
		if iv.Lo <= last.Hi {
			last.Hi = max(last.Hi, iv.Hi)
		} else {
			out = append(out, iv)
		}
	}
	return out
}

func Insert(ivs []Interval, n Interval) []Interval {
	i, _ := slices.BinarySearchFunc(ivs, n, func(a, b Interval) int { return cmp.Compare(a.Lo, b.Lo) })
	ivs = slices.Insert(slices.Clone(ivs), i, n)
	return Merge(ivs)
}

func Gaps(ivs []Interval, lo, hi int) (gaps []Interval) {
	cur := lo
	for _, iv := range Merge(ivs) {
		if iv.Lo > cur {
			gaps = append(gaps, Interval{cur, min(iv.Lo, hi)})
		}
		cur = max(cur, iv.Hi)
		if cur >= hi {
			break
		}
	}
	if cur < hi {
		gaps = append(gaps, Interval{cur, hi})
	}
	return
}

func Intersect(a, b []Interval) []Interval {
	var out []Interval
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		lo, hi := max(a[i].Lo, b[j].Lo), min(a[i].Hi, b[j].Hi)
		if lo <= hi {
			out = append(out, Interval{lo, hi})
		}
		if a[i].Hi < b[j].Hi {
			i++
		} else {
			j++
		}
	}
	return out
}

func main() {
	in := []Interval{{8, 10}, {1, 3}, {2, 6}, {15, 18}, {17, 20}, {6, 7}}
	m := Merge(in)
	fmt.Println(in, "->", m)
	fmt.Println(Insert(m, Interval{9, 16}))
	fmt.Println(Insert(m, Interval{11, 12}))
	fmt.Println("gaps:", Gaps(in, 0, 25))
	fmt.Println("gaps:", Gaps(in, 2, 9))
	fmt.Println(Intersect(m, []Interval{{0, 2}, {5, 9}, {19, 30}}))
	fmt.Printf("%v %d\n", Merge(nil) == nil, len(Merge([]Interval{{1, 1}})))
	fmt.Printf("%+v\n", m[0])
}

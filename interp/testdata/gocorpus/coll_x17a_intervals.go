package main

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
)

type Range struct{ Lo, Hi int }

func (r Range) Len() int              { return r.Hi - r.Lo + 1 }
func (r Range) Contains(x int) bool   { return x >= r.Lo && x <= r.Hi }
func (r Range) String() string        { return strconv.Itoa(r.Lo) + "-" + strconv.Itoa(r.Hi) }
func (r Range) Overlaps(o Range) bool { return r.Lo <= o.Hi && o.Lo <= r.Hi+1 }

func merge(rs []Range) []Range {
	rs = slices.Clone(rs)
	slices.SortFunc(rs, func(a, b Range) int {
		if a.Lo != b.Lo {
			return a.Lo - b.Lo
		}
		return a.Hi - b.Hi
	})
	out := rs[:1]
	for _, r := range rs[1:] {
		last := &out[len(out)-1]
		if last.Overlaps(r) {
			last.Hi = max(last.Hi, r.Hi)
		} else {
			out = append(out, r)
		}
	}
	return out
}

const db = `3-5
10-14
16-20
12-18
21-22
40-40
1-2

1
5
8
11
17
32
40
41`

func main() {
	top, bottom, _ := strings.Cut(db, "\n\n")
	var rs []Range
	for _, l := range strings.Split(top, "\n") {
		a, b, _ := strings.Cut(l, "-")
		lo, _ := strconv.Atoi(a)
		hi, _ := strconv.Atoi(b)
		rs = append(rs, Range{lo, hi})
	}
	m := merge(rs)
	fmt.Println("input ", rs)
	fmt.Println("merged", m)
	fresh := 0
	for _, f := range strings.Fields(bottom) {
		id, _ := strconv.Atoi(f)
		i, found := slices.BinarySearchFunc(m, id, func(r Range, t int) int {
			switch {
			case r.Hi < t:
				return -1
			case r.Lo > t:
				return 1
			}
			return 0
		})
		fmt.Printf("id %2d: idx=%d found=%v\n", id, i, found)
		if found {
			fresh++
		}
	}
	total := 0
	for _, r := range m {
		total += r.Len()
	}
	fmt.Println(fresh, total)
	var gaps []Range
	for i := 1; i < len(m); i++ {
		gaps = append(gaps, Range{m[i-1].Hi + 1, m[i].Lo - 1})
	}
	fmt.Printf("gaps %v %d\n", gaps, len(gaps))
	fmt.Printf("%v %s %+v\n", m[0], &m[0], []*Range{&m[1]}[0] == &m[1])
}

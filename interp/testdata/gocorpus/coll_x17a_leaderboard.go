package main

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"
)

const data = `alice 3 120 2024-01-03
bob 5 300 2024-01-01
carol 5 250 2024-01-02
dave 3 120 2024-01-01
erin 4 200 2024-01-05
frank 5 300 2024-01-04
gina 2 50 2024-01-02`

type Entry struct {
	Name   string
	Solved int
	Time   int
	Date   string
}

func main() {
	var es []Entry
	for _, line := range strings.Split(data, "\n") {
		f := strings.Fields(line)
		s, _ := strconv.Atoi(f[1])
		t, err := strconv.Atoi(f[2])
		if err != nil {
			panic(err)
		}
		es = append(es, Entry{f[0], s, t, f[3]})
	}
	slices.SortFunc(es, func(a, b Entry) int {
		return cmp.Or(
			-cmp.Compare(a.Solved, b.Solved),
			cmp.Compare(a.Time, b.Time),
			strings.Compare(a.Date, b.Date),
			cmp.Compare(a.Name, b.Name),
		)
	})
	rank := 0
	for i, e := range es {
		if i == 0 || es[i-1].Solved != e.Solved || es[i-1].Time != e.Time {
			rank = i + 1
		}
		fmt.Printf("%2d. %-6s %d %4d %s\n", rank, e.Name, e.Solved, e.Time, e.Date)
	}
	bySolved := map[int][]string{}
	for _, e := range es {
		bySolved[e.Solved] = append(bySolved[e.Solved], e.Name)
	}
	fmt.Println(bySolved)
	idx, found := slices.BinarySearchFunc(es, 4, func(e Entry, t int) int { return -cmp.Compare(e.Solved, t) })
	fmt.Println("first with 4:", idx, found, es[idx].Name)
	best := slices.MaxFunc(es, func(a, b Entry) int { return cmp.Compare(a.Time/max(a.Solved, 1), b.Time/max(b.Solved, 1)) })
	fmt.Printf("%+v\n", best)
	names := slices.Collect(func(yield func(string) bool) {
		for _, e := range es {
			if e.Solved >= 4 && !yield(strings.ToUpper(e.Name)) {
				return
			}
		}
	})
	fmt.Println(names, slices.Index(names, "ERIN"))
	grouped := slices.Chunk(es, 3)
	for c := range grouped {
		fmt.Println(len(c), c[0].Name)
	}
}

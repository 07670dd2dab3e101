package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Rep struct {
	Name   string
	Region string
	Deals  int
	Volume float64
}

func main() {
	raw := `ann:west:12:45000.5
bob:east:7:61000
cy:west:12:45000.5
dee:north:3:9000
eli:east:15:30000
fay:north:3:12000`
	var reps []Rep
	for _, line := range strings.Split(raw, "\n") {
		f := strings.Split(line, ":")
		var r Rep
		r.Name, r.Region = f[0], f[1]
		fmt.Sscanf(f[2], "%d", &r.Deals)
		fmt.Sscanf(f[3], "%g", &r.Volume)
		reps = append(reps, r)
	}
	slices.SortStableFunc(reps, func(a, b Rep) int {
		return cmp.Or(
			-cmp.Compare(a.Volume, b.Volume),
			-cmp.Compare(a.Deals, b.Deals),
			strings.Compare(a.Name, b.Name),
		)
	})
	rank := 0
	for i, r := range reps {
		if i == 0 || r.Volume != reps[i-1].Volume {
			rank = i + 1
		}
		fmt.Printf("%d. %-4s %-6s %3d %10.2f\n", rank, r.Name, r.Region, r.Deals, r.Volume)
	}
	byRegion := map[string][]string{}
	for _, r := range reps {
		byRegion[r.Region] = append(byRegion[r.Region], r.Name)
	}
	for _, k := range slices.Sorted(maps.Keys(byRegion)) {
		fmt.Println(k, byRegion[k])
	}
	fmt.Println(byRegion)
	idx, found := slices.BinarySearchFunc(reps, 30000.0, func(r Rep, v float64) int { return -cmp.Compare(r.Volume, v) })
	fmt.Println(idx, found)
	names := slices.Collect(func(yield func(string) bool) {
		for _, r := range reps {
			if r.Deals >= 10 && !yield(r.Name) {
				return
			}
		}
	})
	fmt.Println(names, slices.Index(names, "cy"), slices.Contains(names, "dee"))
}

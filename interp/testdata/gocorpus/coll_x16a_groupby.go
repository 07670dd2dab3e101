package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Sale struct {
	Region  string
	Product string
	Amount  int
}

func main() {
	sales := []Sale{
		{"EU", "apple", 10}, {"US", "apple", 7}, {"EU", "pear", 3},
		{"ASIA", "apple", 12}, {"US", "kiwi", 5}, {"EU", "apple", 4}, {"US", "apple", 1},
	}
	byRegion := map[string][]Sale{}
	for _, s := range sales {
		byRegion[s.Region] = append(byRegion[s.Region], s)
	}
	summary := map[string]map[string]int{}
	for region, list := range byRegion {
		for _, s := range list {
			if summary[region] == nil {
				summary[region] = map[string]int{}
			}
			summary[region][s.Product] += s.Amount
		}
	}
	fmt.Println(summary)
	for _, r := range slices.Sorted(maps.Keys(summary)) {
		total := 0
		for _, v := range summary[r] {
			total += v
		}
		fmt.Printf("%-4s total=%2d products=%v\n", r, total, slices.Sorted(maps.Keys(summary[r])))
	}
	top := slices.Clone(sales)
	slices.SortFunc(top, func(a, b Sale) int { return b.Amount - a.Amount })
	fmt.Println(top[:3])
	var records []map[string]any
	for _, s := range sales[:3] {
		records = append(records, map[string]any{"r": s.Region, "p": s.Product, "amt": s.Amount, "big": s.Amount > 5})
	}
	fmt.Println(records)
	counts := make(map[bool]int)
	for _, s := range sales {
		counts[s.Amount >= 5]++
	}
	fmt.Println(counts)
	parts := []string{}
	for i, s := range slices.Backward(sales) {
		if i < 4 {
			break
		}
		parts = append(parts, fmt.Sprintf("%d:%s", i, s.Product))
	}
	fmt.Println(strings.Join(parts, ","))
	regions := slices.Collect(maps.Keys(byRegion))
	slices.Sort(regions)
	regions = slices.Insert(regions, 1, "AFR")
	fmt.Println(regions, slices.Repeat([]int{0, 1}, 3))
}

// Exercises: sorting by functions - slices.SortFunc with cmp.Compare, multi-key sorts with cmp.Or, stable sorts, sort.Slice, searching sorted data
package main

import (
	"cmp"
	"fmt"
	"slices"
	"sort"
	"strings"
)

type City struct {
	Name    string
	Country string
	Pop     int
}

func main() {
	cities := []City{
		{"Osaka", "JP", 2_700_000},
		{"Lyon", "FR", 520_000},
		{"Tokyo", "JP", 14_000_000},
		{"Nice", "FR", 340_000},
		{"Kyoto", "JP", 1_460_000},
		{"Paris", "FR", 2_100_000},
	}
	slices.SortFunc(cities, func(a, b City) int { return cmp.Compare(b.Pop, a.Pop) })
	for _, c := range cities[:3] {
		fmt.Println(c.Name, c.Pop)
	}
	slices.SortFunc(cities, func(a, b City) int {
		return cmp.Or(strings.Compare(a.Country, b.Country), cmp.Compare(a.Name, b.Name))
	})
	fmt.Println(cities)

	byLen := []string{"kiwi", "fig", "banana", "plum", "pear", "apple"}
	slices.SortStableFunc(byLen, func(a, b string) int { return len(a) - len(b) })
	fmt.Println(byLen)

	desc := slices.Clone(byLen)
	sort.Slice(desc, func(i, j int) bool { return desc[i] > desc[j] })
	fmt.Println(desc)
	sort.SliceStable(byLen, func(i, j int) bool { return byLen[i][0] < byLen[j][0] })
	fmt.Println(byLen)

	names := make([]string, len(cities))
	for i, c := range cities {
		names[i] = c.Name
	}
	slices.Sort(names)
	i, found := slices.BinarySearchFunc(cities, "Nice", func(c City, name string) int {
		return cmp.Compare(c.Name, name)
	})
	fmt.Println(names, i, found)
	biggest := slices.MaxFunc(cities, func(a, b City) int { return cmp.Compare(a.Pop, b.Pop) })
	fmt.Println("biggest:", biggest.Name, slices.IsSortedFunc(names, strings.Compare))
	fmt.Println(slices.IndexFunc(cities, func(c City) bool { return c.Pop < 500_000 }))
}

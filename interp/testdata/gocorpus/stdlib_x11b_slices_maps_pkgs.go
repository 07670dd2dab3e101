// Exercises: slices and maps packages - Sort, SortFunc with cmp.Compare, BinarySearch, Index, Contains, Reverse, maps.Keys sorted, Compact
package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
)

type City struct {
	Name string
	Pop  int
}

func main() {
	xs := []int{5, 2, 8, 2, 9, 1, 5}
	s := slices.Clone(xs)
	slices.Sort(s)
	fmt.Println(xs, s, slices.Compact(s))
	i, found := slices.BinarySearch(s, 8)
	fmt.Println(i, found, slices.Index(xs, 9), slices.Contains(xs, 7))
	cities := []City{{"Oslo", 700}, {"Rome", 2800}, {"Bern", 130}, {"Lima", 2800}}
	slices.SortFunc(cities, func(a, b City) int {
		return cmp.Or(cmp.Compare(b.Pop, a.Pop), strings.Compare(a.Name, b.Name))
	})
	fmt.Println(cities)
	slices.Reverse(cities)
	fmt.Println(cities[0], slices.IndexFunc(cities, func(c City) bool { return c.Pop > 1000 }))
	m := map[string]int{"z": 26, "a": 1, "m": 13}
	keys := slices.Sorted(maps.Keys(m))
	fmt.Println(keys, slices.Max(xs), slices.Min(xs))
	m2 := maps.Clone(m)
	delete(m2, "z")
	fmt.Println(len(m), len(m2), maps.Equal(m, m2))
}

// Exercises: slices.Sort/Index/Contains/Max/Reverse/BinarySearch/Compact/SortFunc, maps.Keys with slices.Sorted, cmp.Compare, min/max builtins.
package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Score int

func main() {
	xs := []int{5, 2, 8, 2, 9, 1, 5}
	ys := slices.Clone(xs)
	slices.Sort(ys)
	fmt.Println(xs, ys, slices.Index(xs, 8), slices.Contains(xs, 7))
	i, found := slices.BinarySearch(ys, 8)
	fmt.Println(i, found, slices.Max(xs), slices.Min(xs))
	ys = slices.Compact(ys)
	slices.Reverse(ys)
	fmt.Println(ys, len(ys))
	inv := map[string]int{"pear": 3, "apple": 7, "fig": 1}
	keys := slices.Sorted(maps.Keys(inv))
	fmt.Println(keys)
	words := strings.Fields("banana Apple cherry apple Banana")
	slices.SortFunc(words, func(a, b string) int {
		if c := cmp.Compare(strings.ToLower(a), strings.ToLower(b)); c != 0 {
			return c
		}
		return cmp.Compare(a, b)
	})
	fmt.Println(words)
	scores := map[string]Score{"ann": 90, "bo": 75, "cy": 90}
	names := slices.Collect(maps.Keys(scores))
	slices.SortFunc(names, func(a, b string) int {
		return cmp.Or(cmp.Compare(scores[b], scores[a]), strings.Compare(a, b))
	})
	fmt.Println(names, slices.Max(slices.Collect(maps.Values(scores))))
	fmt.Println(min(3, 1, 2), max(2.5, 1), min("b", "a"), max(Score(3), 7))
	idx := slices.IndexFunc(xs, func(v int) bool { return v > 6 })
	fmt.Println(idx, slices.Equal(xs[:2], []int{5, 2}), slices.Insert([]int{1, 4}, 1, 2, 3))
}

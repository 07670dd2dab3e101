// Exercises: slices package tour: Index, Contains, Insert, Delete, Compact, Reverse, Chunk, Repeat, Equal, MinFunc, IndexFunc, ContainsFunc
package main

import (
	"fmt"
	"slices"
	"strings"
)

type Item struct {
	Name string
	Qty  int
}

func main() {
	s := []int{3, 1, 4, 1, 5, 9, 2, 6}
	fmt.Println(slices.Index(s, 1), slices.Contains(s, 7), slices.Max(s), slices.Min(s))
	s = slices.Insert(s, 2, 100, 200)
	fmt.Println(s)
	s = slices.Delete(s, 0, 2)
	fmt.Println(s)
	sorted := slices.Sorted(slices.Values(s))
	fmt.Println(slices.Compact(sorted))
	r := slices.Clone(s)
	slices.Reverse(r)
	fmt.Println(r, slices.Equal(r, s))
	for c := range slices.Chunk([]string{"a", "b", "c", "d", "e"}, 2) {
		fmt.Print(c, len(c), " ")
	}
	fmt.Println()
	fmt.Println(slices.Repeat([]int{0, 1}, 3))
	items := []Item{{"nut", 5}, {"bolt", 2}, {"gear", 2}}
	least := slices.MinFunc(items, func(a, b Item) int { return a.Qty - b.Qty })
	fmt.Println(least)
	i := slices.IndexFunc(items, func(it Item) bool { return strings.HasPrefix(it.Name, "g") })
	fmt.Println(i, slices.ContainsFunc(items, func(it Item) bool { return it.Qty > 4 }))
	grown := slices.Grow([]int{1}, 10)
	fmt.Println(len(grown), cap(grown) >= 11)
	fmt.Println(slices.Index(items, Item{"bolt", 2}))
}

package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Item struct {
	SKU      string
	Category string
	Qty      int
	Price    float64
}

func GroupBy[T any, K comparable](xs []T, key func(T) K) map[K][]T {
	out := make(map[K][]T)
	for _, x := range xs {
		k := key(x)
		out[k] = append(out[k], x)
	}
	return out
}

func SumBy[T any, N int | float64](xs []T, f func(T) N) N {
	var s N
	for _, x := range xs {
		s += f(x)
	}
	return s
}

type Summary struct {
	Category string
	Count    int
	Units    int
	Value    float64
	Top      string
}

func main() {
	items := []Item{
		{"A-1", "tools", 10, 2.5},
		{"B-7", "toys", 3, 19.99},
		{"A-2", "tools", 0, 12},
		{"C-3", "food", 100, 0.45},
		{"B-2", "toys", 7, 4.25},
		{"A-9", "tools", 4, 30},
		{"C-1", "food", 12, 3.1},
	}
	groups := GroupBy(items, func(i Item) string { return i.Category })
	var sums []Summary
	for cat, g := range groups {
		top := slices.MaxFunc(g, func(a, b Item) int {
			return cmp.Compare(float64(a.Qty)*a.Price, float64(b.Qty)*b.Price)
		})
		sums = append(sums, Summary{
			Category: cat,
			Count:    len(g),
			Units:    SumBy(g, func(i Item) int { return i.Qty }),
			Value:    SumBy(g, func(i Item) float64 { return float64(i.Qty) * i.Price }),
			Top:      top.SKU,
		})
	}
	slices.SortFunc(sums, func(a, b Summary) int {
		return cmp.Or(cmp.Compare(b.Value, a.Value), strings.Compare(a.Category, b.Category))
	})
	for _, s := range sums {
		fmt.Printf("%-6s n=%d units=%3d value=%8.2f top=%s\n", s.Category, s.Count, s.Units, s.Value, s.Top)
	}
	outOfStock := slices.DeleteFunc(slices.Clone(items), func(i Item) bool { return i.Qty > 0 })
	fmt.Println(outOfStock)
	bySKU := slices.SortedFunc(slices.Values(items), func(a, b Item) int { return strings.Compare(a.SKU, b.SKU) })
	skus := make([]string, len(bySKU))
	for i, it := range bySKU {
		skus[i] = it.SKU
	}
	fmt.Println(skus)
	idx, found := slices.BinarySearchFunc(bySKU, "B-2", func(it Item, s string) int { return strings.Compare(it.SKU, s) })
	fmt.Println(idx, found)
	prefixCount := map[byte]int{}
	for _, it := range items {
		prefixCount[it.SKU[0]]++
	}
	fmt.Println(prefixCount, slices.Sorted(maps.Keys(groups)))
	chunks := slices.Collect(slices.Chunk(skus, 3))
	fmt.Println(chunks, len(chunks))
}

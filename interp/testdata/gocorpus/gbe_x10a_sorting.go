// Exercises: sorting - slices.Sort on strings, ints and floats, slices.IsSorted, sort.Strings/Ints/Float64s, sort.Sort with Reverse, binary search, Compact
package main

import (
	"fmt"
	"math"
	"slices"
	"sort"
)

func main() {
	langs := []string{"rust", "Go", "c", "zig", "Ada", "go"}
	slices.Sort(langs)
	fmt.Println(langs, slices.IsSorted(langs))

	temps := []float64{21.5, -3, 0, 37.2, -3, math.Inf(-1)}
	slices.Sort(temps)
	fmt.Println(temps)

	ranks := []int{42, 7, 19, 7, 3, 88}
	sort.Ints(ranks)
	fmt.Println(ranks, sort.IntsAreSorted(ranks))
	fmt.Println(slices.Compact(slices.Clone(ranks)), ranks)

	words := []string{"banana", "apple", "cherry"}
	sort.Strings(words)
	fmt.Println(words, sort.SearchStrings(words, "banana"), sort.SearchStrings(words, "blueberry"))

	for _, target := range []int{19, 20} {
		i, found := slices.BinarySearch(ranks, target)
		fmt.Println(target, i, found)
	}
	idx := sort.Search(len(ranks), func(i int) bool { return ranks[i] >= 50 })
	fmt.Println("first >= 50 at", idx)

	sort.Sort(sort.Reverse(sort.IntSlice(ranks)))
	fmt.Println(ranks)
	sort.Sort(sort.StringSlice(langs))
	fmt.Println(langs)

	fresh := []int{5, 2, 8}
	sorted := slices.Sorted(slices.Values(fresh))
	fmt.Println(fresh, sorted, slices.Min(sorted), slices.Max(sorted))
	slices.Reverse(sorted)
	fmt.Println(sorted, slices.IsSorted(sorted))
	f64 := []float64{2, 1}
	sort.Float64s(f64)
	fmt.Println(f64, sort.SearchFloat64s(f64, 1.5))
}

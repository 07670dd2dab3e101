// Exercises: slices.All, slices.Backward, maps.All sorted via slices.SortedFunc over keys, range over Seq2 with blank index
package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
)

func main() {
	xs := []string{"delta", "alpha", "charlie", "bravo"}
	for i, s := range slices.All(xs) {
		if i%2 == 0 {
			fmt.Print(i, "=", s, " ")
		}
	}
	fmt.Println()
	for i, s := range slices.Backward(xs) {
		fmt.Print(i, s[:1], " ")
	}
	fmt.Println()
	ages := map[string]int{"zed": 40, "amy": 31, "kim": 25, "lou": 31}
	byAge := slices.SortedFunc(maps.Keys(ages), func(a, b string) int {
		return cmp.Or(cmp.Compare(ages[a], ages[b]), cmp.Compare(a, b))
	})
	fmt.Println(byAge)
	total := 0
	for _, v := range maps.All(ages) {
		total += v
	}
	fmt.Println(total)
	vals := slices.Sorted(maps.Values(ages))
	fmt.Println(vals, slices.Max(vals), slices.Min(vals))
	idx := map[int]string{}
	maps.Insert(idx, slices.All(xs))
	fmt.Println(idx)
}

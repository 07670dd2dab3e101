// Exercises: slices and maps packages (Max, Index, Clone, Sorted(maps.Keys), Reverse, Contains, Equal), min/max builtins, clear
package main

import (
	"fmt"
	"maps"
	"slices"
)

func main() {
	losses := []float64{0.9, 0.42, 0.57, 0.38, 0.41}
	best := slices.Min(losses)
	fmt.Println(best, slices.Index(losses, best), slices.Max(losses))
	sorted := slices.Clone(losses)
	slices.Sort(sorted)
	fmt.Println(sorted, losses[:2])
	slices.Reverse(sorted)
	fmt.Println(sorted, slices.Contains(sorted, 0.57), slices.Equal(losses, sorted))
	acc := map[string]float64{"knn": 0.27, "svm": 0.38, "softmax": 0.39, "2layer": 0.52}
	for _, k := range slices.Sorted(maps.Keys(acc)) {
		fmt.Printf("%s=%.2f ", k, acc[k])
	}
	fmt.Println()
	vals := slices.Collect(maps.Values(acc))
	slices.Sort(vals)
	fmt.Println(vals, min(3, 1, 2), max(0.5, 2.5), min("b", "a"))
	idx := slices.IndexFunc(losses, func(l float64) bool { return l < 0.4 })
	fmt.Println(idx, slices.Insert([]int{1, 2}, 1, 9), slices.Compact([]int{1, 1, 2, 2, 1}))
	cp := maps.Clone(acc)
	delete(cp, "knn")
	clear(acc)
	fmt.Println(len(acc), len(cp))
}

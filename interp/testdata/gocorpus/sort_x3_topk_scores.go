// Exercises: sorting indices by values (argsort), top-k predictions, stable tie-breaking
package main

import (
	"fmt"
	"sort"
)

func argsortDesc(xs []float64) []int {
	idx := make([]int, len(xs))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return xs[idx[a]] > xs[idx[b]] })
	return idx
}

func main() {
	labels := []string{"cat", "dog", "car", "tree", "bird"}
	probs := []float64{0.1, 0.35, 0.05, 0.35, 0.15}
	order := argsortDesc(probs)
	fmt.Println(order)
	for k, i := range order[:3] {
		fmt.Printf("#%d %-5s %.2f\n", k+1, labels[i], probs[i])
	}
}

// Exercises: a deliberate mistake: "best := params" aliases the map; deleting from a map while ranging over a real copy (maps.Clone)
package main

import (
	"fmt"
	"maps"
	"slices"
)

var params = map[string]float64{"lr": 0.1, "reg": 1e-3, "hidden": 50, "epochs": 10}

func tune(best map[string]float64) {
	params["lr"] = 0.05
	params["hidden"] = 100
	fmt.Println("best after tuning:", best)
}

func prune(limit float64) {
	for k, v := range maps.Clone(params) {
		if v < limit {
			delete(params, k)
		}
	}
}

func main() {
	best := params
	tune(best)
	saved := maps.Clone(params)
	prune(1)
	fmt.Println("pruned:", params)
	fmt.Println("saved:", saved)
	fmt.Println(slices.Sorted(maps.Keys(saved)))
	counts := map[string]int{"a": 1}
	for k := range maps.Clone(counts) {
		counts[k+k]++
		counts[k+"!"] = len(k)
	}
	fmt.Println(counts, len(counts))
}

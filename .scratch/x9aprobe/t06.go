// Exercises: topological sort (Kahn) on map[string][]string with sorted queues for determinism
package main

import (
	"fmt"
	"sort"
)

func main() {
	deps := map[string][]string{
		"app": {"lib", "log"}, "lib": {"core"}, "log": {"core", "fmt"}, "core": {}, "fmt": {},
	}
	indeg := map[string]int{}
	users := map[string][]string{}
	for n, ds := range deps {
		indeg[n] += 0
		for _, d := range ds {
			indeg[n]++
			users[d] = append(users[d], n)
		}
	}
	var ready []string
	for n, k := range indeg {
		if k == 0 {
			ready = append(ready, n)
		}
	}
	var order []string
	for len(ready) > 0 {
		sort.Strings(ready)
		n := ready[0]
		ready = ready[1:]
		order = append(order, n)
		for _, u := range users[n] {
			if indeg[u]--; indeg[u] == 0 {
				ready = append(ready, u)
			}
		}
	}
	fmt.Println(order, len(order) == len(deps))
}

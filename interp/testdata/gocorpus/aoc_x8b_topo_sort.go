// Exercises: Kahn topological sort with lexicographic tie-break via a sorted ready slice, Sscanf with %c, in-degree map[byte]int, worker simulation
package main

import (
	"fmt"
	"sort"
	"strings"
)

const input = `Step Q must be finished before step M can begin.
Step K must be finished before step M can begin.
Step M must be finished before step X can begin.
Step Q must be finished before step B can begin.
Step B must be finished before step X can begin.
Step K must be finished before step Z can begin.
Step Z must be finished before step B can begin.
Step H must be finished before step Q can begin.`

func main() {
	next := map[byte][]byte{}
	indeg := map[byte]int{}
	for _, l := range strings.Split(input, "\n") {
		var a, b byte
		fmt.Sscanf(l, "Step %c must be finished before step %c can begin.", &a, &b)
		next[a] = append(next[a], b)
		indeg[b]++
		if _, ok := indeg[a]; !ok {
			indeg[a] = 0
		}
	}
	var ready []byte
	for k, d := range indeg {
		if d == 0 {
			ready = append(ready, k)
		}
	}
	var order []byte
	for len(ready) > 0 {
		sort.Slice(ready, func(i, j int) bool { return ready[i] < ready[j] })
		cur := ready[0]
		ready = ready[1:]
		order = append(order, cur)
		for _, n := range next[cur] {
			indeg[n]--
			if indeg[n] == 0 {
				ready = append(ready, n)
			}
		}
	}
	fmt.Println(string(order), len(order) == len(indeg))
	fmt.Printf("%c %v %q\n", order[0], order[:2], order[2])
}

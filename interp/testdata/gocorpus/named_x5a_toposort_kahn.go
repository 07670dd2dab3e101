// Exercises: Kahn's topological sort over map[string][]string dependencies parsed with fmt.Sscanf, a sorted ready list, cycle detection returning an error.
package main

import (
	"errors"
	"fmt"
	"slices"
	"strings"
)

const steps = `Step C must be finished before step A can begin.
Step C must be finished before step F can begin.
Step A must be finished before step B can begin.
Step A must be finished before step D can begin.
Step B must be finished before step E can begin.
Step D must be finished before step E can begin.
Step F must be finished before step E can begin.`

type Graph map[string][]string

var ErrCycle = errors.New("cycle")

func (g Graph) Order() (string, error) {
	indeg := map[string]int{}
	for from, tos := range g {
		indeg[from] += 0
		for _, to := range tos {
			indeg[to]++
		}
	}
	var ready, order []string
	for n, d := range indeg {
		if d == 0 {
			ready = append(ready, n)
		}
	}
	for len(ready) > 0 {
		slices.Sort(ready)
		n := ready[0]
		ready = ready[1:]
		order = append(order, n)
		for _, m := range g[n] {
			if indeg[m]--; indeg[m] == 0 {
				ready = append(ready, m)
			}
		}
	}
	if len(order) != len(indeg) {
		return strings.Join(order, ""), fmt.Errorf("%d steps left: %w", len(indeg)-len(order), ErrCycle)
	}
	return strings.Join(order, ""), nil
}

func main() {
	g := Graph{}
	for _, line := range strings.Split(steps, "\n") {
		var a, b string
		fmt.Sscanf(line, "Step %s must be finished before step %s can begin.", &a, &b)
		g[a] = append(g[a], b)
	}
	fmt.Println(g.Order())
	g["E"] = append(g["E"], "C")
	order, err := g.Order()
	fmt.Println(order, err, errors.Is(err, ErrCycle))
	fmt.Println(len(g), g["A"])
}

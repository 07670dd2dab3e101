package main

import (
	"errors"
	"fmt"
	"slices"
	"strings"
)

type CycleError struct {
	Remaining []string
}

func (e *CycleError) Error() string {
	return "cycle among: " + strings.Join(e.Remaining, ", ")
}

func topo(deps map[string][]string) ([]string, error) {
	indeg := map[string]int{}
	rev := map[string][]string{}
	for n, ds := range deps {
		if _, ok := indeg[n]; !ok {
			indeg[n] = 0
		}
		for _, d := range ds {
			indeg[n]++
			rev[d] = append(rev[d], n)
			if _, ok := indeg[d]; !ok {
				indeg[d] = 0
			}
		}
	}
	var ready []string
	for n, d := range indeg {
		if d == 0 {
			ready = append(ready, n)
		}
	}
	slices.Sort(ready)
	var order []string
	for len(ready) > 0 {
		n := ready[0]
		ready = ready[1:]
		order = append(order, n)
		next := rev[n]
		slices.Sort(next)
		for _, m := range next {
			indeg[m]--
			if indeg[m] == 0 {
				ready = append(ready, m)
				slices.Sort(ready)
			}
		}
	}
	if len(order) != len(indeg) {
		var rem []string
		for n, d := range indeg {
			if d > 0 {
				rem = append(rem, n)
			}
		}
		slices.Sort(rem)
		return order, &CycleError{rem}
	}
	return order, nil
}

func dfsOrder(deps map[string][]string, root string) []string {
	seen := map[string]bool{}
	var out []string
	var visit func(string)
	visit = func(n string) {
		if seen[n] {
			return
		}
		seen[n] = true
		ds := slices.Clone(deps[n])
		slices.Sort(ds)
		for _, d := range ds {
			visit(d)
		}
		out = append(out, n)
	}
	visit(root)
	return out
}

func main() {
	deps := map[string][]string{
		"app":    {"http", "db", "log"},
		"http":   {"net", "log"},
		"db":     {"net", "log", "crypto"},
		"crypto": {"math"},
		"net":    {},
	}
	order, err := topo(deps)
	fmt.Println(order, err)
	fmt.Println(dfsOrder(deps, "app"))

	deps["math"] = []string{"app"}
	order, err = topo(deps)
	fmt.Println(order)
	var ce *CycleError
	if errors.As(err, &ce) {
		fmt.Println("cycle:", len(ce.Remaining), ce)
	}
	wrapped := fmt.Errorf("build failed: %w", err)
	fmt.Println(wrapped, errors.As(wrapped, &ce))
}

package main

import (
	"fmt"
	"slices"
	"sort"
	"strings"
)

type DAG map[string][]string

type CycleError struct{ Path []string }

func (e *CycleError) Error() string {
	return "cycle: " + strings.Join(e.Path, " -> ")
}

// Kahn returns a topological order (lexicographically smallest at each step).
func (g DAG) Kahn() ([]string, error) {
	indeg := map[string]int{}
	for u, vs := range g {
		if _, ok := indeg[u]; !ok {
			indeg[u] = 0
		}
		for _, v := range vs {
			indeg[v]++
		}
	}
	var ready []string
	for n, d := range indeg {
		if d == 0 {
			ready = append(ready, n)
		}
	}
	var order []string
	for len(ready) > 0 {
		sort.Strings(ready)
		n := ready[0]
		ready = ready[1:]
		order = append(order, n)
		for _, v := range g[n] {
			indeg[v]--
			if indeg[v] == 0 {
				ready = append(ready, v)
			}
		}
	}
	if len(order) != len(indeg) {
		return order, g.findCycle()
	}
	return order, nil
}

func (g DAG) findCycle() error {
	const (
		white = iota
		grey
		black
	)
	color := map[string]int{}
	var stack []string
	var cyc []string
	var dfs func(string) bool
	dfs = func(u string) bool {
		color[u] = grey
		stack = append(stack, u)
		for _, v := range g[u] {
			if color[v] == grey {
				i := slices.Index(stack, v)
				cyc = append(append([]string{}, stack[i:]...), v)
				return true
			}
			if color[v] == white && dfs(v) {
				return true
			}
		}
		stack = stack[:len(stack)-1]
		color[u] = black
		return false
	}
	keys := make([]string, 0, len(g))
	for k := range g {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		if color[k] == white && dfs(k) {
			return &CycleError{cyc}
		}
	}
	return nil
}

func main() {
	courses := DAG{
		"calculus1":   {"calculus2", "physics1"},
		"calculus2":   {"linalg", "diffeq"},
		"intro-cs":    {"data-struct", "discrete"},
		"discrete":    {"algorithms"},
		"data-struct": {"algorithms", "databases"},
		"linalg":      {"ml"},
		"algorithms":  {"ml", "compilers"},
		"physics1":    {"physics2"},
		"stats":       {"ml"},
	}
	order, err := courses.Kahn()
	fmt.Println(err)
	for i, c := range order {
		fmt.Printf("%2d. %s\n", i+1, c)
	}
	courses["ml"] = []string{"calculus2"}
	order, err = courses.Kahn()
	fmt.Println(len(order), "scheduled before failing")
	if ce, ok := err.(*CycleError); ok {
		fmt.Println(ce, len(ce.Path))
	}
}

package main

import (
	"bufio"
	"fmt"
	"slices"
	"strings"
)

const input = `Step C must be finished before step A can begin.
Step C must be finished before step F can begin.
Step A must be finished before step B can begin.
Step A must be finished before step D can begin.
Step B must be finished before step E can begin.
Step D must be finished before step E can begin.
Step F must be finished before step E can begin.`

func main() {
	deps := map[rune][]rune{}
	indeg := map[rune]int{}
	sc := bufio.NewScanner(strings.NewReader(input))
	for sc.Scan() {
		var a, b rune
		fmt.Sscanf(sc.Text(), "Step %c must be finished before step %c can begin.", &a, &b)
		deps[a] = append(deps[a], b)
		indeg[b]++
		if _, ok := indeg[a]; !ok {
			indeg[a] = 0
		}
	}
	var ready []rune
	for k, v := range indeg {
		if v == 0 {
			ready = append(ready, k)
		}
	}
	var order []rune
	for len(ready) > 0 {
		slices.Sort(ready)
		cur := ready[0]
		ready = ready[1:]
		order = append(order, cur)
		for _, nx := range deps[cur] {
			indeg[nx]--
			if indeg[nx] == 0 {
				ready = append(ready, nx)
			}
		}
	}
	fmt.Println("order:", string(order))
	fmt.Printf("%q\n", order[:3])

	// DFS based with cycle detection
	graph := map[string][]string{"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
	state := map[string]int{}
	var cyc []string
	var visit func(string, []string) bool
	visit = func(u string, path []string) bool {
		state[u] = 1
		for _, v := range graph[u] {
			if state[v] == 1 {
				cyc = append(slices.Clone(path), u, v)
				return true
			}
			if state[v] == 0 && visit(v, append(path, u)) {
				return true
			}
		}
		state[u] = 2
		return false
	}
	keys := []string{"d", "a", "b", "c"}
	for _, k := range keys {
		if state[k] == 0 && visit(k, nil) {
			break
		}
	}
	fmt.Println("cycle:", cyc)
}

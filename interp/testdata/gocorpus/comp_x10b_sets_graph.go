// Exercises: sets as map[string]bool, a graph as map[string]map[string]bool with lazy inner maps, dedup preserving order, struct{} sets
package main

import (
	"fmt"
	"sort"
	"strings"
)

var graph = make(map[string]map[string]bool)

func addEdge(from, to string) {
	edges := graph[from]
	if edges == nil {
		edges = make(map[string]bool)
		graph[from] = edges
	}
	edges[to] = true
}

func hasEdge(from, to string) bool { return graph[from][to] }

func reachable(start string) []string {
	seen := map[string]bool{}
	var visit func(string)
	visit = func(n string) {
		if seen[n] {
			return
		}
		seen[n] = true
		for m := range graph[n] {
			visit(m)
		}
	}
	visit(start)
	var out []string
	for n := range seen {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}

func main() {
	for _, e := range strings.Fields("a-b b-c c-a c-d e-f") {
		p := strings.Split(e, "-")
		addEdge(p[0], p[1])
	}
	fmt.Println(hasEdge("a", "b"), hasEdge("b", "a"), hasEdge("z", "y"))
	fmt.Println(reachable("a"), reachable("e"), reachable("q"))
	fmt.Println(graph["c"])
	words := strings.Fields("the cat the dog a cat the end")
	seen := map[string]bool{}
	var uniq []string
	for _, w := range words {
		if !seen[w] {
			seen[w] = true
			uniq = append(uniq, w)
		}
	}
	fmt.Println(uniq, len(seen))
	set := map[int]struct{}{}
	for _, n := range []int{3, 1, 3, 2, 1} {
		set[n] = struct{}{}
	}
	_, has2 := set[2]
	_, has5 := set[5]
	fmt.Println(len(set), has2, has5, set)
}

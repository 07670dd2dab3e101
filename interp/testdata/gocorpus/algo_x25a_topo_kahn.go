package main

import (
	"fmt"
	"slices"
	"strings"
)

type Node struct {
	Name   string
	Inputs []string
}

func topoSort(nodes []Node) ([]string, error) {
	indeg := map[string]int{}
	users := map[string][]string{}
	for _, n := range nodes {
		if _, ok := indeg[n.Name]; !ok {
			indeg[n.Name] = 0
		}
		for _, in := range n.Inputs {
			indeg[n.Name]++
			users[in] = append(users[in], n.Name)
			if _, ok := indeg[in]; !ok {
				indeg[in] = 0
			}
		}
	}
	var queue []string
	for k, d := range indeg {
		if d == 0 {
			queue = append(queue, k)
		}
	}
	slices.Sort(queue)
	var order []string
	for len(queue) > 0 {
		cur := queue[0]
		queue = queue[1:]
		order = append(order, cur)
		next := users[cur]
		slices.Sort(next)
		for _, u := range next {
			indeg[u]--
			if indeg[u] == 0 {
				queue = append(queue, u)
			}
		}
	}
	if len(order) != len(indeg) {
		return order, fmt.Errorf("cycle detected: sorted %d of %d", len(order), len(indeg))
	}
	return order, nil
}

func main() {
	graph := []Node{
		{"loss", []string{"pred", "y"}},
		{"pred", []string{"h", "w2"}},
		{"h", []string{"z1"}},
		{"z1", []string{"x", "w1", "b1"}},
	}
	order, err := topoSort(graph)
	fmt.Println(strings.Join(order, " -> "), err)
	rev := slices.Clone(order)
	slices.Reverse(rev)
	fmt.Println("backward:", rev)
	graph = append(graph, Node{"x", []string{"loss"}})
	order, err = topoSort(graph)
	fmt.Println(order, err)
}

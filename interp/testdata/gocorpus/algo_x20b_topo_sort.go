package main

import (
	"fmt"
	"slices"
)

type Node struct {
	Name string
	Deps []*Node
}

func topo(root *Node) []*Node {
	var order []*Node
	visited := make(map[*Node]bool)
	var visit func(*Node)
	visit = func(n *Node) {
		if visited[n] {
			return
		}
		visited[n] = true
		for _, d := range n.Deps {
			visit(d)
		}
		order = append(order, n)
	}
	visit(root)
	return order
}

func kahn(edges map[string][]string) ([]string, error) {
	indeg := map[string]int{}
	for u, vs := range edges {
		if _, ok := indeg[u]; !ok {
			indeg[u] = 0
		}
		for _, v := range vs {
			indeg[v]++
		}
	}
	var queue []string
	for n, d := range indeg {
		if d == 0 {
			queue = append(queue, n)
		}
	}
	slices.Sort(queue)
	var out []string
	for len(queue) > 0 {
		n := queue[0]
		queue = queue[1:]
		out = append(out, n)
		next := slices.Clone(edges[n])
		slices.Sort(next)
		for _, v := range next {
			indeg[v]--
			if indeg[v] == 0 {
				queue = append(queue, v)
			}
		}
	}
	if len(out) != len(indeg) {
		return out, fmt.Errorf("cycle detected: sorted %d of %d nodes", len(out), len(indeg))
	}
	return out, nil
}

func main() {
	x := &Node{Name: "x"}
	w := &Node{Name: "w"}
	mul := &Node{Name: "mul", Deps: []*Node{x, w}}
	b := &Node{Name: "b"}
	add := &Node{Name: "add", Deps: []*Node{mul, b}}
	act := &Node{Name: "tanh", Deps: []*Node{add}}
	loss := &Node{Name: "loss", Deps: []*Node{act, add}}
	for _, n := range topo(loss) {
		fmt.Print(n.Name, " ")
	}
	fmt.Println()
	rev := topo(loss)
	slices.Reverse(rev)
	names := make([]string, len(rev))
	for i, n := range rev {
		names[i] = n.Name
	}
	fmt.Println(names)
	order, err := kahn(map[string][]string{
		"data": {"norm", "split"}, "norm": {"train"}, "split": {"train", "eval"}, "train": {"eval"},
	})
	fmt.Println(order, err)
	order, err = kahn(map[string][]string{"a": {"b"}, "b": {"c"}, "c": {"b"}})
	fmt.Println(order, err)
}

package main

import (
	"fmt"
	"slices"
	"strings"
)

type Node struct {
	ID     int
	Op     string
	Inputs []*Node
}

type Graph struct {
	nodes []*Node
}

func (g *Graph) Add(op string, ins ...*Node) *Node {
	n := &Node{ID: len(g.nodes), Op: op, Inputs: ins}
	g.nodes = append(g.nodes, n)
	return n
}

func topoDFS(root *Node) []*Node {
	seen := make(map[int]bool)
	var order []*Node
	var visit func(n *Node)
	visit = func(n *Node) {
		if seen[n.ID] {
			return
		}
		seen[n.ID] = true
		for _, in := range n.Inputs {
			visit(in)
		}
		order = append(order, n)
	}
	visit(root)
	return order
}

func topoKahn(g *Graph) ([]int, error) {
	indeg := make(map[int]int)
	users := make(map[int][]int)
	for _, n := range g.nodes {
		indeg[n.ID] += 0
		for _, in := range n.Inputs {
			indeg[n.ID]++
			users[in.ID] = append(users[in.ID], n.ID)
		}
	}
	var queue, order []int
	for id, d := range indeg {
		if d == 0 {
			queue = append(queue, id)
		}
	}
	slices.Sort(queue)
	for len(queue) > 0 {
		id := queue[0]
		queue = queue[1:]
		order = append(order, id)
		next := users[id]
		slices.Sort(next)
		for _, u := range next {
			indeg[u]--
			if indeg[u] == 0 {
				queue = append(queue, u)
			}
		}
	}
	if len(order) != len(g.nodes) {
		return nil, fmt.Errorf("cycle detected: %d of %d nodes ordered", len(order), len(g.nodes))
	}
	return order, nil
}

func main() {
	g := &Graph{}
	a := g.Add("a")
	b := g.Add("b")
	c := g.Add("c")
	ab := g.Add("mul", a, b)
	abc := g.Add("add", ab, c)
	sq := g.Add("mul", abc, abc)
	out := g.Add("tanh", sq)
	order := topoDFS(out)
	var parts []string
	for _, n := range order {
		parts = append(parts, fmt.Sprintf("%d:%s", n.ID, n.Op))
	}
	fmt.Println("dfs: ", strings.Join(parts, " -> "))
	ko, err := topoKahn(g)
	fmt.Println("kahn:", ko, err)
	rev := slices.Clone(order)
	slices.Reverse(rev)
	fmt.Print("backward order:")
	for _, n := range rev {
		fmt.Print(" ", n.Op, n.ID)
	}
	fmt.Println()
	a.Inputs = append(a.Inputs, out)
	_, err = topoKahn(g)
	fmt.Println("after adding a cycle:", err)
}

package main

import "fmt"

type FlowNetwork struct {
	n        int
	cap      [][]int
	flow     [][]int
	names    []string
	augments int
}

func NewFlowNetwork(names ...string) *FlowNetwork {
	n := len(names)
	f := &FlowNetwork{n: n, names: names, cap: make([][]int, n), flow: make([][]int, n)}
	for i := 0; i < n; i++ {
		f.cap[i] = make([]int, n)
		f.flow[i] = make([]int, n)
	}
	return f
}

func (f *FlowNetwork) residual(u, v int) int { return f.cap[u][v] - f.flow[u][v] }

func (f *FlowNetwork) bfs(s, t int) []int {
	parent := make([]int, f.n)
	for i := range parent {
		parent[i] = -1
	}
	parent[s] = s
	queue := []int{s}
	for len(queue) > 0 && parent[t] == -1 {
		u := queue[0]
		queue = queue[1:]
		for v := 0; v < f.n; v++ {
			if parent[v] == -1 && f.residual(u, v) > 0 {
				parent[v] = u
				queue = append(queue, v)
			}
		}
	}
	if parent[t] == -1 {
		return nil
	}
	return parent
}

func (f *FlowNetwork) EdmondsKarp(s, t int) int {
	total := 0
	for parent := f.bfs(s, t); parent != nil; parent = f.bfs(s, t) {
		bottleneck := int(^uint(0) >> 1)
		path := f.names[t]
		for v := t; v != s; v = parent[v] {
			bottleneck = min(bottleneck, f.residual(parent[v], v))
			path = f.names[parent[v]] + ">" + path
		}
		for v := t; v != s; v = parent[v] {
			u := parent[v]
			f.flow[u][v] += bottleneck
			f.flow[v][u] -= bottleneck
		}
		f.augments++
		total += bottleneck
		fmt.Printf("augment %-16s by %2d total %d\n", path, bottleneck, total)
	}
	return total
}

func main() {
	f := NewFlowNetwork("s", "v1", "v2", "v3", "v4", "t")
	edges := []struct {
		u, v, c int
	}{{0, 1, 16}, {0, 2, 13}, {2, 1, 4}, {1, 3, 12}, {3, 2, 9}, {2, 4, 14}, {4, 3, 7}, {3, 5, 20}, {4, 5, 4}}
	for _, e := range edges {
		f.cap[e.u][e.v] = e.c
	}
	maxFlow := f.EdmondsKarp(0, 5)
	fmt.Println("max flow:", maxFlow, "augmentations:", f.augments)
	for _, e := range edges {
		fmt.Printf("%s->%s %d/%d\n", f.names[e.u], f.names[e.v], f.flow[e.u][e.v], e.c)
	}
	var cut []string
	reach := f.bfs(0, 5)
	fmt.Println("residual path after max flow:", reach)
	seen := map[int]bool{0: true}
	stack := []int{0}
	for len(stack) > 0 {
		u := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		for v := 0; v < f.n; v++ {
			if !seen[v] && f.residual(u, v) > 0 {
				seen[v] = true
				stack = append(stack, v)
			}
		}
	}
	for v := 0; v < f.n; v++ {
		if seen[v] {
			cut = append(cut, f.names[v])
		}
	}
	fmt.Println("min cut S side:", cut)
}

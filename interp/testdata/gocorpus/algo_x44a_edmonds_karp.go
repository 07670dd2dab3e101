package main

import "fmt"

type FlowNet struct {
	n   int
	cap [][]int
	lbl []string
}

func NewFlowNet(labels ...string) *FlowNet {
	n := len(labels)
	c := make([][]int, n)
	for i := range c {
		c[i] = make([]int, n)
	}
	return &FlowNet{n: n, cap: c, lbl: labels}
}

func (f *FlowNet) id(s string) int {
	for i, l := range f.lbl {
		if l == s {
			return i
		}
	}
	panic("unknown vertex " + s)
}

func (f *FlowNet) Pipe(a, b string, c int) { f.cap[f.id(a)][f.id(b)] += c }

func (f *FlowNet) MaxFlow(src, dst string) (int, [][]int) {
	s, t := f.id(src), f.id(dst)
	res := make([][]int, f.n)
	for i := range res {
		res[i] = append([]int{}, f.cap[i]...)
	}
	total := 0
	for iter := 1; ; iter++ {
		parent := make([]int, f.n)
		for i := range parent {
			parent[i] = -1
		}
		parent[s] = s
		q := []int{s}
		for len(q) > 0 && parent[t] == -1 {
			u := q[0]
			q = q[1:]
			for v := 0; v < f.n; v++ {
				if parent[v] == -1 && res[u][v] > 0 {
					parent[v] = u
					q = append(q, v)
				}
			}
		}
		if parent[t] == -1 {
			break
		}
		bottleneck := int(^uint(0) >> 1)
		for v := t; v != s; v = parent[v] {
			bottleneck = min(bottleneck, res[parent[v]][v])
		}
		path := f.lbl[t]
		for v := t; v != s; v = parent[v] {
			res[parent[v]][v] -= bottleneck
			res[v][parent[v]] += bottleneck
			path = f.lbl[parent[v]] + "->" + path
		}
		fmt.Printf("iter %d: augment %2d along %s\n", iter, bottleneck, path)
		total += bottleneck
	}
	flow := make([][]int, f.n)
	for i := range flow {
		flow[i] = make([]int, f.n)
		for j := range flow[i] {
			if f.cap[i][j] > 0 {
				flow[i][j] = f.cap[i][j] - res[i][j]
			}
		}
	}
	return total, flow
}

func main() {
	net := NewFlowNet("s", "a", "b", "c", "d", "t")
	net.Pipe("s", "a", 16)
	net.Pipe("s", "b", 13)
	net.Pipe("a", "b", 10)
	net.Pipe("b", "a", 4)
	net.Pipe("a", "c", 12)
	net.Pipe("c", "b", 9)
	net.Pipe("b", "d", 14)
	net.Pipe("d", "c", 7)
	net.Pipe("c", "t", 20)
	net.Pipe("d", "t", 4)
	total, flow := net.MaxFlow("s", "t")
	fmt.Println("max flow:", total)
	fmt.Printf("%-6s %5s %5s\n", "edge", "flow", "cap")
	for i := range flow {
		for j := range flow[i] {
			if net.cap[i][j] > 0 {
				fmt.Printf("%-6s %5d %5d\n", net.lbl[i]+"->"+net.lbl[j], flow[i][j], net.cap[i][j])
			}
		}
	}
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered:", r)
		}
	}()
	net.Pipe("s", "z", 1)
}

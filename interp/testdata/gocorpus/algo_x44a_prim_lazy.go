package main

import (
	"container/heap"
	"fmt"
	"strings"
)

type edge struct {
	from, to string
	w        int
}

type edgeHeap []edge

func (h edgeHeap) Len() int { return len(h) }
func (h edgeHeap) Less(i, j int) bool {
	if h[i].w != h[j].w {
		return h[i].w < h[j].w
	}
	return h[i].to < h[j].to
}
func (h edgeHeap) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *edgeHeap) Push(x any)   { *h = append(*h, x.(edge)) }
func (h *edgeHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

type Network map[string]map[string]int

func (n Network) Link(a, b string, w int) {
	for _, p := range [][2]string{{a, b}, {b, a}} {
		if n[p[0]] == nil {
			n[p[0]] = map[string]int{}
		}
		n[p[0]][p[1]] = w
	}
}

func (n Network) Prim(root string) []edge {
	inTree := map[string]bool{root: true}
	h := &edgeHeap{}
	push := func(u string) {
		for v, w := range n[u] {
			if !inTree[v] {
				heap.Push(h, edge{u, v, w})
			}
		}
	}
	push(root)
	var tree []edge
	for h.Len() > 0 && len(tree) < len(n)-1 {
		e := heap.Pop(h).(edge)
		if inTree[e.to] {
			continue
		}
		inTree[e.to] = true
		tree = append(tree, e)
		push(e.to)
	}
	return tree
}

func main() {
	net := Network{}
	net.Link("hub", "lab", 3)
	net.Link("hub", "lib", 1)
	net.Link("lab", "lib", 2)
	net.Link("lab", "gym", 5)
	net.Link("lib", "gym", 7)
	net.Link("gym", "caf", 4)
	net.Link("lib", "caf", 6)
	net.Link("caf", "dorm", 2)
	net.Link("gym", "dorm", 3)
	tree := net.Prim("hub")
	fmt.Println(strings.Repeat("=", 24))
	fmt.Printf("%-6s %-6s %6s\n", "from", "to", "cable")
	fmt.Println(strings.Repeat("-", 24))
	sum := 0
	for _, e := range tree {
		fmt.Printf("%-6s %-6s %6d\n", e.from, e.to, e.w)
		sum += e.w
	}
	fmt.Println(strings.Repeat("=", 24))
	fmt.Printf("%-13s %6d\n", "total", sum)
	fmt.Println(net["hub"])
}

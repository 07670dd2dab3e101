package main

import (
	"container/heap"
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"
)

type Edge struct {
	To     string
	Weight float64
}

type Graph struct {
	adj      map[string][]Edge
	directed bool
}

func NewGraph(directed bool) *Graph {
	return &Graph{adj: make(map[string][]Edge), directed: directed}
}

func (g *Graph) AddEdge(from, to string, w float64) {
	g.adj[from] = append(g.adj[from], Edge{to, w})
	if !g.directed {
		g.adj[to] = append(g.adj[to], Edge{from, w})
	} else if _, ok := g.adj[to]; !ok {
		g.adj[to] = nil
	}
}

type item struct {
	node string
	dist float64
}

type pq []item

func (p pq) Len() int { return len(p) }
func (p pq) Less(i, j int) bool {
	if p[i].dist == p[j].dist {
		return p[i].node < p[j].node
	}
	return p[i].dist < p[j].dist
}
func (p pq) Swap(i, j int) { p[i], p[j] = p[j], p[i] }
func (p *pq) Push(x any)   { *p = append(*p, x.(item)) }
func (p *pq) Pop() (x any) { old := *p; x = old[len(old)-1]; *p = old[:len(old)-1]; return }

var ErrNoPath = errors.New("no path")

func (g *Graph) ShortestPath(src, dst string) ([]string, float64, error) {
	if _, ok := g.adj[src]; !ok {
		return nil, 0, fmt.Errorf("unknown node %q", src)
	}
	dist := map[string]float64{src: 0}
	prev := map[string]string{}
	h := &pq{{src, 0}}
	for h.Len() > 0 {
		cur := heap.Pop(h).(item)
		if cur.dist > dist[cur.node] {
			continue
		}
		if cur.node == dst {
			break
		}
		for _, e := range g.adj[cur.node] {
			nd := cur.dist + e.Weight
			if d, ok := dist[e.To]; !ok || nd < d {
				dist[e.To] = nd
				prev[e.To] = cur.node
				heap.Push(h, item{e.To, nd})
			}
		}
	}
	d, ok := dist[dst]
	if !ok {
		return nil, math.Inf(1), fmt.Errorf("%s to %s: %w", src, dst, ErrNoPath)
	}
	path := []string{dst}
	for n := dst; n != src; {
		n = prev[n]
		path = append(path, n)
	}
	slices.Reverse(path)
	return path, d, nil
}

func (g *Graph) BFS(start string) []string {
	seen := map[string]bool{start: true}
	queue := []string{start}
	var order []string
	for len(queue) > 0 {
		n := queue[0]
		queue = queue[1:]
		order = append(order, n)
		next := slices.Clone(g.adj[n])
		slices.SortFunc(next, func(a, b Edge) int { return strings.Compare(a.To, b.To) })
		for _, e := range next {
			if !seen[e.To] {
				seen[e.To] = true
				queue = append(queue, e.To)
			}
		}
	}
	return order
}

func main() {
	g := NewGraph(false)
	roads := []struct {
		a, b string
		km   float64
	}{
		{"Amsterdam", "Utrecht", 45}, {"Utrecht", "Arnhem", 64}, {"Amsterdam", "Haarlem", 20},
		{"Haarlem", "Leiden", 32}, {"Leiden", "Den Haag", 19}, {"Den Haag", "Rotterdam", 27},
		{"Rotterdam", "Utrecht", 57}, {"Amsterdam", "Leiden", 41}, {"Groningen", "Assen", 27},
	}
	for _, r := range roads {
		g.AddEdge(r.a, r.b, r.km)
	}
	for _, q := range [][2]string{{"Amsterdam", "Rotterdam"}, {"Haarlem", "Arnhem"}, {"Leiden", "Assen"}, {"Paris", "Leiden"}} {
		path, d, err := g.ShortestPath(q[0], q[1])
		if err != nil {
			fmt.Println("error:", err, errors.Is(err, ErrNoPath), d)
			continue
		}
		fmt.Printf("%s: %.0f km\n", strings.Join(path, " -> "), d)
	}
	fmt.Println(g.BFS("Den Haag"))
	dg := NewGraph(true)
	dg.AddEdge("a", "b", 1)
	dg.AddEdge("b", "c", 2)
	dg.AddEdge("a", "c", 5)
	p, d, err := dg.ShortestPath("a", "c")
	fmt.Println(p, d, err)
	_, _, err = dg.ShortestPath("c", "a")
	fmt.Println(err)
}

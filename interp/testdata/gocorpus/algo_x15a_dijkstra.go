package main

import (
	"container/heap"
	"fmt"
	"math"
	"strings"
)

type Edge struct {
	To     string
	Weight float64
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
func (p *pq) Pop() any {
	old := *p
	it := old[len(old)-1]
	*p = old[:len(old)-1]
	return it
}

func dijkstra(g map[string][]Edge, src string) (map[string]float64, map[string]string) {
	dist := map[string]float64{}
	prev := map[string]string{}
	for n := range g {
		dist[n] = math.Inf(1)
	}
	dist[src] = 0
	h := &pq{{src, 0}}
	for h.Len() > 0 {
		cur := heap.Pop(h).(item)
		if cur.dist > dist[cur.node] {
			continue
		}
		for _, e := range g[cur.node] {
			nd := cur.dist + e.Weight
			if nd < dist[e.To] {
				dist[e.To] = nd
				prev[e.To] = cur.node
				heap.Push(h, item{e.To, nd})
			}
		}
	}
	return dist, prev
}

func path(prev map[string]string, src, dst string) []string {
	var p []string
	for n := dst; ; n = prev[n] {
		p = append([]string{n}, p...)
		if n == src {
			return p
		}
		if _, ok := prev[n]; !ok {
			return nil
		}
	}
}

func main() {
	g := map[string][]Edge{}
	add := func(a, b string, w float64) {
		g[a] = append(g[a], Edge{b, w})
		g[b] = append(g[b], Edge{a, w})
	}
	add("A", "B", 4)
	add("A", "C", 2)
	add("B", "C", 5)
	add("B", "D", 10)
	add("C", "E", 3)
	add("E", "D", 4)
	add("D", "F", 11)
	add("E", "F", 12.5)
	g["Z"] = nil
	dist, prev := dijkstra(g, "A")
	for _, n := range strings.Split("A B C D E F Z", " ") {
		p := path(prev, "A", n)
		d := dist[n]
		if math.IsInf(d, 1) {
			fmt.Printf("%s: unreachable %v\n", n, d)
			continue
		}
		fmt.Printf("%s: %5.1f via %s\n", n, d, strings.Join(p, "->"))
	}
	grid := []string{
		"S.#.....",
		".##.###.",
		"....#...",
		".#.##.#E",
	}
	gg := map[string][]Edge{}
	key := func(r, c int) string { return fmt.Sprintf("%d,%d", r, c) }
	var s, e string
	for r, row := range grid {
		for c, ch := range row {
			if ch == '#' {
				continue
			}
			switch ch {
			case 'S':
				s = key(r, c)
			case 'E':
				e = key(r, c)
			}
			gg[key(r, c)] = gg[key(r, c)]
			for _, d := range [][2]int{{0, 1}, {1, 0}, {0, -1}, {-1, 0}} {
				nr, nc := r+d[0], c+d[1]
				if nr >= 0 && nr < len(grid) && nc >= 0 && nc < len(row) && grid[nr][nc] != '#' {
					gg[key(r, c)] = append(gg[key(r, c)], Edge{key(nr, nc), 1})
				}
			}
		}
	}
	gd, gp := dijkstra(gg, s)
	fmt.Println("maze:", gd[e], len(path(gp, s, e)))
}

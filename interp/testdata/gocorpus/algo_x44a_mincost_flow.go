package main

import (
	"fmt"
	"strings"
)

type E struct {
	to, rev   int
	cap, cost int
}

type MCMF struct {
	g     [][]E
	names []string
}

func (m *MCMF) node(name string) int {
	for i, n := range m.names {
		if n == name {
			return i
		}
	}
	m.names = append(m.names, name)
	m.g = append(m.g, nil)
	return len(m.names) - 1
}

func (m *MCMF) Add(a, b string, cap, cost int) {
	u, v := m.node(a), m.node(b)
	m.g[u] = append(m.g[u], E{v, len(m.g[v]), cap, cost})
	m.g[v] = append(m.g[v], E{u, len(m.g[u]) - 1, 0, -cost})
}

// Run uses SPFA to find successive cheapest augmenting paths.
func (m *MCMF) Run(src, dst string) (flow, cost int, log []string) {
	s, t := m.node(src), m.node(dst)
	n := len(m.g)
	const inf = 1 << 60
	for {
		dist := make([]int, n)
		inq := make([]bool, n)
		pv, pe := make([]int, n), make([]int, n)
		for i := range dist {
			dist[i] = inf
		}
		dist[s] = 0
		q := []int{s}
		for len(q) > 0 {
			u := q[0]
			q = q[1:]
			inq[u] = false
			for i, e := range m.g[u] {
				if e.cap > 0 && dist[u]+e.cost < dist[e.to] {
					dist[e.to] = dist[u] + e.cost
					pv[e.to], pe[e.to] = u, i
					if !inq[e.to] {
						inq[e.to] = true
						q = append(q, e.to)
					}
				}
			}
		}
		if dist[t] == inf {
			return
		}
		f := inf
		for v := t; v != s; v = pv[v] {
			f = min(f, m.g[pv[v]][pe[v]].cap)
		}
		var hops []string
		for v := t; v != s; v = pv[v] {
			e := &m.g[pv[v]][pe[v]]
			e.cap -= f
			m.g[v][e.rev].cap += f
			hops = append([]string{m.names[v]}, hops...)
		}
		flow += f
		cost += f * dist[t]
		log = append(log, fmt.Sprintf("%3d units @ %2d via %s", f, dist[t], strings.Join(append([]string{src}, hops...), ">")))
	}
}

func main() {
	var m MCMF
	supply := map[string]int{"plantA": 20, "plantB": 15}
	demand := map[string]int{"north": 12, "south": 10, "east": 13}
	costs := [][3]any{
		{"plantA", "north", 4}, {"plantA", "south", 6}, {"plantA", "east", 9},
		{"plantB", "north", 5}, {"plantB", "south", 3}, {"plantB", "east", 7},
	}
	for _, p := range []string{"plantA", "plantB"} {
		m.Add("S", p, supply[p], 0)
	}
	for _, c := range costs {
		m.Add(c[0].(string), c[1].(string), 1000, c[2].(int))
	}
	for _, d := range []string{"north", "south", "east"} {
		m.Add(d, "T", demand[d], 0)
	}
	flow, cost, log := m.Run("S", "T")
	for _, l := range log {
		fmt.Println(l)
	}
	fmt.Printf("shipped %d units for total cost %d\n", flow, cost)
	fmt.Printf("%-8s", "")
	cols := []string{"north", "south", "east"}
	for _, c := range cols {
		fmt.Printf("%7s", c)
	}
	fmt.Println()
	for _, p := range []string{"plantA", "plantB"} {
		fmt.Printf("%-8s", p)
		u := m.node(p)
		for _, c := range cols {
			v := m.node(c)
			for _, e := range m.g[u] {
				if e.to == v && e.cost > 0 {
					fmt.Printf("%7d", 1000-e.cap)
				}
			}
		}
		fmt.Println()
	}
}

package main

import "fmt"

type edge struct {
	to, rev int
	cap     int64
}

type Dinic struct {
	g     [][]edge
	level []int
	it    []int
}

func NewDinic(n int) *Dinic {
	return &Dinic{g: make([][]edge, n), level: make([]int, n), it: make([]int, n)}
}

func (d *Dinic) AddEdge(u, v int, c int64) {
	d.g[u] = append(d.g[u], edge{v, len(d.g[v]), c})
	d.g[v] = append(d.g[v], edge{u, len(d.g[u]) - 1, 0})
}

func (d *Dinic) bfs(s, t int) bool {
	for i := range d.level {
		d.level[i] = -1
	}
	d.level[s] = 0
	q := []int{s}
	for len(q) > 0 {
		u := q[0]
		q = q[1:]
		for _, e := range d.g[u] {
			if e.cap > 0 && d.level[e.to] < 0 {
				d.level[e.to] = d.level[u] + 1
				q = append(q, e.to)
			}
		}
	}
	return d.level[t] >= 0
}

func (d *Dinic) dfs(u, t int, f int64) int64 {
	if u == t {
		return f
	}
	for ; d.it[u] < len(d.g[u]); d.it[u]++ {
		e := &d.g[u][d.it[u]]
		if e.cap <= 0 || d.level[e.to] != d.level[u]+1 {
			continue
		}
		if got := d.dfs(e.to, t, min(f, e.cap)); got > 0 {
			e.cap -= got
			d.g[e.to][e.rev].cap += got
			return got
		}
	}
	return 0
}

func (d *Dinic) MaxFlow(s, t int) (flow int64, phases int) {
	for d.bfs(s, t) {
		phases++
		clear(d.it)
		for {
			f := d.dfs(s, t, 1<<62)
			if f == 0 {
				break
			}
			flow += f
		}
	}
	return
}

func main() {
	// project selection: jobs with profit, tools with cost
	profits := []int64{100, 200, 150}
	costs := []int64{80, 120, 60, 90}
	needs := [][]int{{0, 1}, {1, 2}, {2, 3}}
	n := 2 + len(profits) + len(costs)
	s, t := 0, n-1
	d := NewDinic(n)
	var sum int64
	for j, p := range profits {
		d.AddEdge(s, 1+j, p)
		sum += p
		for _, tool := range needs[j] {
			d.AddEdge(1+j, 1+len(profits)+tool, 1<<50)
		}
	}
	for k, c := range costs {
		d.AddEdge(1+len(profits)+k, t, c)
	}
	flow, phases := d.MaxFlow(s, t)
	fmt.Printf("min cut = %d after %d phases; best profit = %d\n", flow, phases, sum-flow)
	d.bfs(s, t)
	fmt.Println("item     chosen")
	for j := range profits {
		fmt.Printf("job%-5d %v\n", j, d.level[1+j] >= 0)
	}
	for k := range costs {
		fmt.Printf("tool%-4d %v\n", k, d.level[1+len(profits)+k] >= 0)
	}
	grid := NewDinic(6)
	for _, e := range [][3]int{{0, 1, 10}, {0, 2, 10}, {1, 2, 2}, {1, 3, 4}, {1, 4, 8}, {2, 4, 9}, {4, 3, 6}, {3, 5, 10}, {4, 5, 10}} {
		grid.AddEdge(e[0], e[1], int64(e[2]))
	}
	f, p := grid.MaxFlow(0, 5)
	fmt.Printf("second network: flow=%d phases=%d (%T)\n", f, p, f)
}

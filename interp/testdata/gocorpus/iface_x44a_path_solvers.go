package main

import (
	"errors"
	"fmt"
	"sort"
)

type Graph struct {
	N     int
	Edges [][3]int
}

type Solver interface {
	Name() string
	Solve(g Graph, src int) ([]int, error)
}

type NegativeWeightError struct{ U, V, W int }

func (e *NegativeWeightError) Error() string {
	return fmt.Sprintf("negative weight %d on %d->%d", e.W, e.U, e.V)
}

const unreachable = -1

type BFS struct{}
type Dijkstra struct{}
type BellmanFord struct{ MaxRounds int }

func (BFS) Name() string      { return "bfs" }
func (Dijkstra) Name() string { return "dijkstra" }
func (b BellmanFord) Name() string {
	return fmt.Sprintf("bellman-ford(%d)", b.MaxRounds)
}

func (BFS) Solve(g Graph, src int) ([]int, error) {
	adj := make([][]int, g.N)
	for _, e := range g.Edges {
		adj[e[0]] = append(adj[e[0]], e[1])
	}
	d := fill(g.N)
	d[src] = 0
	q := []int{src}
	for len(q) > 0 {
		u := q[0]
		q = q[1:]
		for _, v := range adj[u] {
			if d[v] == unreachable {
				d[v] = d[u] + 1
				q = append(q, v)
			}
		}
	}
	return d, nil
}

func (Dijkstra) Solve(g Graph, src int) ([]int, error) {
	for _, e := range g.Edges {
		if e[2] < 0 {
			return nil, &NegativeWeightError{e[0], e[1], e[2]}
		}
	}
	d := fill(g.N)
	d[src] = 0
	done := make([]bool, g.N)
	for {
		u := -1
		for v := 0; v < g.N; v++ {
			if !done[v] && d[v] != unreachable && (u == -1 || d[v] < d[u]) {
				u = v
			}
		}
		if u == -1 {
			return d, nil
		}
		done[u] = true
		for _, e := range g.Edges {
			if e[0] == u && (d[e[1]] == unreachable || d[u]+e[2] < d[e[1]]) {
				d[e[1]] = d[u] + e[2]
			}
		}
	}
}

func (b BellmanFord) Solve(g Graph, src int) ([]int, error) {
	d := fill(g.N)
	d[src] = 0
	for r := 0; r < b.MaxRounds; r++ {
		for _, e := range g.Edges {
			if d[e[0]] != unreachable && (d[e[1]] == unreachable || d[e[0]]+e[2] < d[e[1]]) {
				d[e[1]] = d[e[0]] + e[2]
			}
		}
	}
	return d, nil
}

func fill(n int) []int {
	d := make([]int, n)
	for i := range d {
		d[i] = unreachable
	}
	return d
}

func main() {
	g := Graph{N: 5, Edges: [][3]int{{0, 1, 4}, {0, 2, 1}, {2, 1, 2}, {1, 3, 1}, {2, 3, 5}, {3, 4, 3}}}
	neg := Graph{N: 3, Edges: [][3]int{{0, 1, 5}, {1, 2, -3}, {0, 2, 4}}}
	solvers := []Solver{Dijkstra{}, BFS{}, BellmanFord{MaxRounds: 1}, &BellmanFord{MaxRounds: 4}}
	sort.SliceStable(solvers, func(i, j int) bool { return solvers[i].Name() < solvers[j].Name() })
	for _, graph := range []Graph{g, neg} {
		fmt.Printf("%-18s %v\n", "solver", "distances")
		for _, s := range solvers {
			d, err := s.Solve(graph, 0)
			var nw *NegativeWeightError
			switch {
			case errors.As(err, &nw):
				fmt.Printf("%-18s refused: %v (w=%d)\n", s.Name(), err, nw.W)
			case err != nil:
				fmt.Printf("%-18s error %v\n", s.Name(), err)
			default:
				fmt.Printf("%-18s %v\n", s.Name(), d)
			}
		}
		fmt.Println()
	}
	for _, s := range solvers {
		switch v := s.(type) {
		case *BellmanFord:
			fmt.Printf("pointer solver %T rounds=%d\n", v, v.MaxRounds)
		case BellmanFord:
			fmt.Printf("value solver %T %+v\n", v, v)
		default:
			fmt.Printf("other %T %#v\n", v, v)
		}
	}
}

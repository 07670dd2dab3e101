package main

import (
	"errors"
	"fmt"
	"math"
)

type Edge struct{ From, To, W int }

var ErrNegativeCycle = errors.New("graph contains a negative-weight cycle")

type CycleError struct {
	Nodes []int
}

func (e *CycleError) Error() string {
	return fmt.Sprintf("negative cycle through %v", e.Nodes)
}

func (e *CycleError) Unwrap() error { return ErrNegativeCycle }

const Inf = math.MaxInt64 / 4

func BellmanFord(n int, edges []Edge, src int) ([]int, error) {
	dist := make([]int, n)
	pred := make([]int, n)
	for i := range dist {
		dist[i] = Inf
		pred[i] = -1
	}
	dist[src] = 0
	for i := 0; i < n-1; i++ {
		changed := false
		for _, e := range edges {
			if dist[e.From] != Inf && dist[e.From]+e.W < dist[e.To] {
				dist[e.To] = dist[e.From] + e.W
				pred[e.To] = e.From
				changed = true
			}
		}
		if !changed {
			break
		}
	}
	for _, e := range edges {
		if dist[e.From] != Inf && dist[e.From]+e.W < dist[e.To] {
			x := e.To
			for i := 0; i < n; i++ {
				x = pred[x]
			}
			cycle := []int{x}
			for v := pred[x]; v != x; v = pred[v] {
				cycle = append(cycle, v)
			}
			return nil, &CycleError{Nodes: cycle}
		}
	}
	return dist, nil
}

func report(name string, n int, edges []Edge) {
	fmt.Printf("== %s ==\n", name)
	dist, err := BellmanFord(n, edges, 0)
	var ce *CycleError
	switch {
	case errors.As(err, &ce):
		fmt.Println("error:", err)
		fmt.Println("is ErrNegativeCycle:", errors.Is(err, ErrNegativeCycle), "len:", len(ce.Nodes))
		return
	case err != nil:
		fmt.Println("unexpected:", err)
		return
	}
	fmt.Printf("%4s %6s\n", "v", "dist")
	for v, d := range dist {
		s := fmt.Sprint(d)
		if d == Inf {
			s = "∞"
		}
		fmt.Printf("%4d %6s\n", v, s)
	}
}

func main() {
	g1 := []Edge{{0, 1, 6}, {0, 2, 7}, {1, 2, 8}, {1, 3, 5}, {1, 4, -4}, {2, 3, -3}, {2, 4, 9}, {3, 1, -2}, {4, 0, 2}, {4, 3, 7}}
	report("textbook", 6, g1)
	g2 := []Edge{{0, 1, 1}, {1, 2, -1}, {2, 3, -1}, {3, 1, -1}, {3, 4, 2}}
	report("cyclic", 5, g2)
	fmt.Printf("%v\n", ErrNegativeCycle)
}

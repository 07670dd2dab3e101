package main

import (
	"errors"
	"fmt"
)

type WEdge struct {
	U, V, W int
}

type NegativeCycleError struct {
	Edge WEdge
}

func (e *NegativeCycleError) Error() string {
	return fmt.Sprintf("negative cycle reachable via edge %d->%d (w=%d)", e.Edge.U, e.Edge.V, e.Edge.W)
}

const inf = 1 << 60

func bellmanFord(n int, edges []WEdge, src int) ([]int, error) {
	d := make([]int, n)
	for i := range d {
		d[i] = inf
	}
	d[src] = 0
	for pass := 1; pass < n; pass++ {
		changed := false
		for _, e := range edges {
			if d[e.U] != inf && d[e.U]+e.W < d[e.V] {
				d[e.V] = d[e.U] + e.W
				changed = true
			}
		}
		fmt.Printf("pass %d: %v\n", pass, show(d))
		if !changed {
			break
		}
	}
	for _, e := range edges {
		if d[e.U] != inf && d[e.U]+e.W < d[e.V] {
			return d, &NegativeCycleError{e}
		}
	}
	return d, nil
}

func show(d []int) []string {
	out := make([]string, len(d))
	for i, v := range d {
		if v == inf {
			out[i] = "∞"
		} else {
			out[i] = fmt.Sprint(v)
		}
	}
	return out
}

func main() {
	// s=0 t=1 x=2 y=3 z=4
	edges := []WEdge{{0, 1, 6}, {0, 3, 7}, {1, 2, 5}, {1, 3, 8}, {1, 4, -4},
		{2, 1, -2}, {3, 2, -3}, {3, 4, 9}, {4, 0, 2}, {4, 2, 7}}
	d, err := bellmanFord(5, edges, 0)
	fmt.Println("dist:", d, "err:", err)

	bad := append(edges, WEdge{2, 3, 1})
	_, err = bellmanFord(5, bad, 0)
	var nc *NegativeCycleError
	if errors.As(err, &nc) {
		fmt.Println("error:", err)
		fmt.Printf("%+v\n", nc.Edge)
	}
	wrapped := fmt.Errorf("route planning: %w", err)
	fmt.Println(wrapped, errors.As(wrapped, &nc))
}

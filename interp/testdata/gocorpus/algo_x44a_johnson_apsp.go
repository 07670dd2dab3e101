package main

import (
	"container/heap"
	"errors"
	"fmt"
	"math"
)

type Arc struct{ From, To, W int }

type item struct{ v, d int }
type ih []item

func (h ih) Len() int           { return len(h) }
func (h ih) Less(i, j int) bool { return h[i].d < h[j].d }
func (h ih) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *ih) Push(x any)        { *h = append(*h, x.(item)) }
func (h *ih) Pop() any          { o := *h; x := o[len(o)-1]; *h = o[:len(o)-1]; return x }

const inf = math.MaxInt32

func Johnson(n int, arcs []Arc) ([][]int, error) {
	h := make([]int, n+1)
	for i := range h {
		h[i] = inf
	}
	h[n] = 0
	ext := append([]Arc{}, arcs...)
	for v := 0; v < n; v++ {
		ext = append(ext, Arc{n, v, 0})
	}
	for i := 0; i < n; i++ {
		for _, a := range ext {
			if h[a.From] != inf && h[a.From]+a.W < h[a.To] {
				h[a.To] = h[a.From] + a.W
			}
		}
	}
	for _, a := range ext {
		if h[a.From] != inf && h[a.From]+a.W < h[a.To] {
			return nil, errors.New("negative cycle detected")
		}
	}
	adj := make([][]Arc, n)
	for _, a := range arcs {
		adj[a.From] = append(adj[a.From], Arc{a.From, a.To, a.W + h[a.From] - h[a.To]})
	}
	out := make([][]int, n)
	for s := 0; s < n; s++ {
		d := make([]int, n)
		for i := range d {
			d[i] = inf
		}
		d[s] = 0
		pq := &ih{{s, 0}}
		for pq.Len() > 0 {
			it := heap.Pop(pq).(item)
			if it.d > d[it.v] {
				continue
			}
			for _, a := range adj[it.v] {
				if nd := it.d + a.W; nd < d[a.To] {
					d[a.To] = nd
					heap.Push(pq, item{a.To, nd})
				}
			}
		}
		for t := range d {
			if d[t] != inf {
				d[t] += h[t] - h[s]
			}
		}
		out[s] = d
	}
	return out, nil
}

func printMatrix(m [][]int) {
	fmt.Print("     ")
	for j := range m {
		fmt.Printf("%5c", 'A'+j)
	}
	fmt.Println()
	for i, row := range m {
		fmt.Printf("%5c", 'A'+i)
		for _, v := range row {
			if v == inf {
				fmt.Printf("%5s", "-")
			} else {
				fmt.Printf("%5d", v)
			}
		}
		fmt.Println()
	}
}

func main() {
	arcs := []Arc{{0, 1, -2}, {1, 2, -1}, {2, 0, 4}, {2, 3, 2}, {2, 4, -3}, {5, 3, 1}, {5, 4, -4}}
	m, err := Johnson(6, arcs)
	if err != nil {
		fmt.Println(err)
		return
	}
	printMatrix(m)
	arcs = append(arcs, Arc{4, 0, 1})
	if _, err := Johnson(6, arcs); err != nil {
		fmt.Println("after adding E->A:", err)
	}
}

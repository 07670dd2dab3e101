package main

import (
	"container/heap"
	"fmt"
	"sync"
)

type arc struct{ to, w int }

type entry struct{ v, d int }
type minHeap []entry

func (h minHeap) Len() int           { return len(h) }
func (h minHeap) Less(i, j int) bool { return h[i].d < h[j].d || (h[i].d == h[j].d && h[i].v < h[j].v) }
func (h minHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *minHeap) Push(x any)        { *h = append(*h, x.(entry)) }
func (h *minHeap) Pop() any {
	o := *h
	e := o[len(o)-1]
	*h = o[:len(o)-1]
	return e
}

func sssp(g [][]arc, s int) []int {
	const inf = 1 << 40
	d := make([]int, len(g))
	for i := range d {
		d[i] = inf
	}
	d[s] = 0
	h := &minHeap{{s, 0}}
	for h.Len() > 0 {
		e := heap.Pop(h).(entry)
		if e.d > d[e.v] {
			continue
		}
		for _, a := range g[e.v] {
			if nd := e.d + a.w; nd < d[a.to] {
				d[a.to] = nd
				heap.Push(h, entry{a.to, nd})
			}
		}
	}
	return d
}

type rowResult struct {
	src  int
	dist []int
}

func main() {
	n := 8
	g := make([][]arc, n)
	for i := 0; i < n; i++ {
		g[i] = append(g[i], arc{(i + 1) % n, 3 + i%3}, arc{(i + 3) % n, 7 + (i*5)%4})
	}
	sources := make(chan int)
	results := make(chan rowResult)
	var wg sync.WaitGroup
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for s := range sources {
				results <- rowResult{s, sssp(g, s)}
			}
		}()
	}
	go func() {
		for s := 0; s < n; s++ {
			sources <- s
		}
		close(sources)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()
	table := make([][]int, n)
	for r := range results {
		table[r.src] = r.dist
	}
	fmt.Print("    ")
	for j := 0; j < n; j++ {
		fmt.Printf("%4d", j)
	}
	fmt.Println()
	ecc := make([]int, n)
	for i, row := range table {
		fmt.Printf("%3d:", i)
		for _, d := range row {
			fmt.Printf("%4d", d)
			ecc[i] = max(ecc[i], d)
		}
		fmt.Println()
	}
	fmt.Println("eccentricity:", ecc)
	fmt.Println("radius:", minOf(ecc), "diameter:", maxOf(ecc))
}

func minOf(xs []int) int {
	m := xs[0]
	for _, x := range xs[1:] {
		m = min(m, x)
	}
	return m
}

func maxOf(xs []int) int {
	m := xs[0]
	for _, x := range xs[1:] {
		m = max(m, x)
	}
	return m
}

package main

import (
	"container/heap"
	"fmt"
	"math"
)

type Cell struct {
	I, J int
	V    float64
}

type MinHeap []Cell

func (h MinHeap) Len() int           { return len(h) }
func (h MinHeap) Less(a, b int) bool { return math.Abs(h[a].V) < math.Abs(h[b].V) }
func (h MinHeap) Swap(a, b int)      { h[a], h[b] = h[b], h[a] }
func (h *MinHeap) Push(x any)        { *h = append(*h, x.(Cell)) }
func (h *MinHeap) Pop() any {
	old := *h
	n := len(old)
	c := old[n-1]
	*h = old[:n-1]
	return c
}

func topK(m [][]float64, k int) []Cell {
	h := &MinHeap{}
	for i, row := range m {
		for j, v := range row {
			heap.Push(h, Cell{i, j, v})
			if h.Len() > k {
				heap.Pop(h)
			}
		}
	}
	out := make([]Cell, h.Len())
	for i := len(out) - 1; i >= 0; i-- {
		out[i] = heap.Pop(h).(Cell)
	}
	return out
}

func main() {
	m := make([][]float64, 5)
	for i := range m {
		m[i] = make([]float64, 5)
		for j := range m[i] {
			m[i][j] = math.Round(100*math.Sin(float64(i*5+j+1))) / 10
		}
	}
	for _, r := range m {
		for _, v := range r {
			fmt.Printf("%6.1f", v)
		}
		fmt.Println()
	}
	for _, c := range topK(m, 4) {
		fmt.Printf("%+v\n", c)
	}
	fmt.Printf("%v\n", topK(m, 2))
	fmt.Printf("%#v\n", topK([][]float64{{1, -3}}, 1)[0])
}

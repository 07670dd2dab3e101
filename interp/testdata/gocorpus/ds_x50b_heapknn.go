package main

import (
	"container/heap"
	"fmt"
	"math"
)

type Item struct {
	Label string
	Dist  float64
}

type MaxHeap []Item

func (h MaxHeap) Len() int           { return len(h) }
func (h MaxHeap) Less(i, j int) bool { return h[i].Dist > h[j].Dist }
func (h MaxHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *MaxHeap) Push(x any)        { *h = append(*h, x.(Item)) }
func (h *MaxHeap) Pop() any {
	old := *h
	n := len(old)
	it := old[n-1]
	*h = old[:n-1]
	return it
}

type Vec []float64

func (v Vec) Dist(w Vec) float64 {
	s := 0.0
	for i := range v {
		d := v[i] - w[i]
		s += d * d
	}
	return math.Sqrt(s)
}

func kNearest(data map[string]Vec, names []string, q Vec, k int) []Item {
	h := &MaxHeap{}
	for _, n := range names {
		d := data[n].Dist(q)
		if h.Len() < k {
			heap.Push(h, Item{n, d})
		} else if d < (*h)[0].Dist {
			heap.Pop(h)
			heap.Push(h, Item{n, d})
		}
	}
	out := make([]Item, h.Len())
	for i := len(out) - 1; i >= 0; i-- {
		out[i] = heap.Pop(h).(Item)
	}
	return out
}

func main() {
	names := []string{"apple", "banana", "cherry", "grape", "lemon", "mango", "pear"}
	data := map[string]Vec{
		"apple": {7, 8, 2}, "banana": {5, 9, 1}, "cherry": {2, 7, 3}, "grape": {1, 6, 4},
		"lemon": {6, 2, 8}, "mango": {8, 9, 1}, "pear": {6, 7, 2},
	}
	for _, q := range []Vec{{7, 8, 1}, {1, 6, 5}, {6, 3, 7}} {
		res := kNearest(data, names, q, 3)
		fmt.Printf("query %v:\n", q)
		for i, it := range res {
			fmt.Printf("  %d. %-7s %.4f\n", i+1, it.Label, it.Dist)
		}
	}
	fmt.Printf("%v\n", data["apple"])
}

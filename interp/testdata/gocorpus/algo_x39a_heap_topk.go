package main

import (
	"container/heap"
	"fmt"
	"math"
)

type Item struct {
	ID   string
	Dist float64
}

// MaxHeap keeps the k smallest distances: the root is the largest of them.
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

type Doc struct {
	ID  string
	Emb []float64
}

func cosineDist(a, b []float64) float64 {
	var dot, na, nb float64
	for i := range a {
		dot += a[i] * b[i]
		na += a[i] * a[i]
		nb += b[i] * b[i]
	}
	return 1 - dot/(math.Sqrt(na)*math.Sqrt(nb))
}

func TopK(docs []Doc, q []float64, k int) []Item {
	h := &MaxHeap{}
	for _, d := range docs {
		it := Item{d.ID, cosineDist(d.Emb, q)}
		if h.Len() < k {
			heap.Push(h, it)
		} else if it.Dist < (*h)[0].Dist {
			(*h)[0] = it
			heap.Fix(h, 0)
		}
	}
	out := make([]Item, h.Len())
	for i := len(out) - 1; i >= 0; i-- {
		out[i] = heap.Pop(h).(Item)
	}
	return out
}

func main() {
	docs := []Doc{
		{"d1", []float64{1, 0, 0, 1}},
		{"d2", []float64{0.9, 0.1, 0, 0.8}},
		{"d3", []float64{0, 1, 1, 0}},
		{"d4", []float64{0.2, 0.8, 0.9, 0.1}},
		{"d5", []float64{0.5, 0.5, 0.5, 0.5}},
		{"d6", []float64{1, 1, 0, 0}},
		{"d7", []float64{0, 0, 1, 1}},
	}
	queries := map[string][]float64{
		"q-sports": {1, 0.1, 0, 0.9},
		"q-food":   {0.1, 0.9, 1, 0},
	}
	for _, name := range []string{"q-food", "q-sports"} {
		fmt.Println(name)
		for rank, it := range TopK(docs, queries[name], 3) {
			fmt.Printf("  #%d %s dist=%.4f\n", rank+1, it.ID, it.Dist)
		}
	}
	h := &MaxHeap{{"a", 3}, {"b", 1}, {"c", 2}}
	heap.Init(h)
	fmt.Printf("%+v\n", (*h)[0])
	for h.Len() > 0 {
		fmt.Print(heap.Pop(h).(Item).ID, " ")
	}
	fmt.Println()
}

package main

import (
	"container/heap"
	"fmt"
	"strings"
)

type Item struct {
	Name     string
	Priority float64
	index    int
}

type PQ []*Item

func (pq PQ) Len() int { return len(pq) }
func (pq PQ) Less(i, j int) bool {
	if pq[i].Priority == pq[j].Priority {
		return pq[i].Name < pq[j].Name
	}
	return pq[i].Priority > pq[j].Priority
}
func (pq PQ) Swap(i, j int) {
	pq[i], pq[j] = pq[j], pq[i]
	pq[i].index = i
	pq[j].index = j
}
func (pq *PQ) Push(x any) {
	it := x.(*Item)
	it.index = len(*pq)
	*pq = append(*pq, it)
}
func (pq *PQ) Pop() any {
	old := *pq
	n := len(old)
	it := old[n-1]
	old[n-1] = nil
	it.index = -1
	*pq = old[:n-1]
	return it
}

func (pq *PQ) Update(it *Item, p float64) {
	it.Priority = p
	heap.Fix(pq, it.index)
}

type topK struct {
	k int
	h PQ
}

func main() {
	// beam search style: keep best hypotheses
	pq := &PQ{}
	heap.Init(pq)
	items := map[string]*Item{}
	for _, w := range strings.Fields("the cat sat on a mat with hat") {
		it := &Item{Name: w, Priority: float64(len(w)) + float64(w[0]%7)/10}
		items[w] = it
		heap.Push(pq, it)
	}
	pq.Update(items["a"], 9)
	pq.Update(items["with"], 0.5)
	var order []string
	for pq.Len() > 0 {
		it := heap.Pop(pq).(*Item)
		order = append(order, fmt.Sprintf("%s:%.1f", it.Name, it.Priority))
	}
	fmt.Println(strings.Join(order, " "))
	ints := &intHeap{5, 2, 8, 1, 9, 3}
	heap.Init(ints)
	heap.Push(ints, 0)
	var out []int
	for ints.Len() > 0 {
		out = append(out, heap.Pop(ints).(int))
	}
	fmt.Println(out)
	_ = topK{}
}

type intHeap []int

func (h intHeap) Len() int           { return len(h) }
func (h intHeap) Less(i, j int) bool { return h[i] < h[j] }
func (h intHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *intHeap) Push(x any)        { *h = append(*h, x.(int)) }
func (h *intHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

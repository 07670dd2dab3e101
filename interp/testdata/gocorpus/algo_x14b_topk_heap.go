package main

import (
	"container/heap"
	"fmt"
	"strings"
)

type scored struct {
	word  string
	score float64
}

type minHeap []scored

func (h minHeap) Len() int { return len(h) }
func (h minHeap) Less(i, j int) bool {
	if h[i].score != h[j].score {
		return h[i].score < h[j].score
	}
	return h[i].word > h[j].word
}
func (h minHeap) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *minHeap) Push(x any)   { *h = append(*h, x.(scored)) }
func (h *minHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

func topK(items []scored, k int) []scored {
	h := &minHeap{}
	for _, it := range items {
		if h.Len() < k {
			heap.Push(h, it)
		} else if (*h)[0].score < it.score {
			(*h)[0] = it
			heap.Fix(h, 0)
		}
	}
	out := make([]scored, h.Len())
	for i := len(out) - 1; i >= 0; i-- {
		out[i] = heap.Pop(h).(scored)
	}
	return out
}

type IntHeap []int

func (h IntHeap) Len() int           { return len(h) }
func (h IntHeap) Less(i, j int) bool { return h[i] < h[j] }
func (h IntHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *IntHeap) Push(x any)        { *h = append(*h, x.(int)) }
func (h *IntHeap) Pop() any {
	old := *h
	n := len(old)
	x := old[n-1]
	*h = old[0 : n-1]
	return x
}

func main() {
	text := "to be or not to be that is the question whether tis nobler in the mind to suffer"
	counts := map[string]int{}
	for _, w := range strings.Fields(text) {
		counts[w]++
	}
	var items []scored
	for w, c := range counts {
		items = append(items, scored{w, float64(c) + float64(len(w))/100})
	}
	for _, s := range topK(items, 5) {
		fmt.Printf("%-9s %.2f\n", s.word, s.score)
	}
	h := &IntHeap{5, 2, 8}
	heap.Init(h)
	heap.Push(h, 3)
	heap.Push(h, 1)
	(*h)[2] = 0
	heap.Fix(h, 2)
	removed := heap.Remove(h, 1)
	var order []int
	for h.Len() > 0 {
		order = append(order, heap.Pop(h).(int))
	}
	fmt.Println(order, removed)
}

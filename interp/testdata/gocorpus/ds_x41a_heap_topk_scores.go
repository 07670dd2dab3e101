package main

import (
	"container/heap"
	"container/list"
	"fmt"
	"sort"
)

type scored struct {
	class string
	score float64
}

type minHeap []scored

func (h minHeap) Len() int           { return len(h) }
func (h minHeap) Less(i, j int) bool { return h[i].score < h[j].score }
func (h minHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *minHeap) Push(x any)        { *h = append(*h, x.(scored)) }
func (h *minHeap) Pop() any {
	old := *h
	n := len(old)
	x := old[n-1]
	*h = old[:n-1]
	return x
}

func topK(scores map[string]float64, k int) []scored {
	keys := make([]string, 0, len(scores))
	for c := range scores {
		keys = append(keys, c)
	}
	sort.Strings(keys)
	h := &minHeap{}
	for _, c := range keys {
		heap.Push(h, scored{c, scores[c]})
		if h.Len() > k {
			heap.Pop(h)
		}
	}
	out := make([]scored, h.Len())
	for i := len(out) - 1; i >= 0; i-- {
		out[i] = heap.Pop(h).(scored)
	}
	return out
}

func main() {
	logits := map[string]float64{
		"plane": 1.2, "car": -0.4, "bird": 3.1, "cat": 2.7,
		"deer": 0.3, "dog": 2.9, "frog": -1.1, "horse": 0.0,
	}
	for _, k := range []int{1, 3, 5} {
		fmt.Printf("top-%d: %v\n", k, topK(logits, k))
	}
	// a history of recent losses with a fixed window
	window := list.New()
	losses := []float64{2.3, 2.1, 1.8, 1.9, 1.5, 1.2, 1.25, 1.0}
	for _, l := range losses {
		window.PushBack(l)
		if window.Len() > 3 {
			window.Remove(window.Front())
		}
		sum := 0.0
		for e := window.Front(); e != nil; e = e.Next() {
			sum += e.Value.(float64)
		}
		fmt.Printf("loss %.2f moving avg %.3f\n", l, sum/float64(window.Len()))
	}
	byScore := make([]scored, 0)
	for c, s := range logits {
		byScore = append(byScore, scored{c, s})
	}
	sort.Slice(byScore, func(i, j int) bool { return byScore[i].score > byScore[j].score })
	fmt.Println(byScore[len(byScore)-1], fmt.Sprintf("%+v", byScore[0]))
}

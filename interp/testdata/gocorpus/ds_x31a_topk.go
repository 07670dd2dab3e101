package main

import (
	"container/heap"
	"container/list"
	"fmt"
	"math"
)

type Pred struct {
	Class string
	Prob  float64
}

// minHeap keeps the k largest probabilities.
type minHeap []Pred

func (h minHeap) Len() int           { return len(h) }
func (h minHeap) Less(i, j int) bool { return h[i].Prob < h[j].Prob }
func (h minHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *minHeap) Push(x any)        { *h = append(*h, x.(Pred)) }
func (h *minHeap) Pop() any {
	old := *h
	n := len(old)
	x := old[n-1]
	*h = old[:n-1]
	return x
}

func softmax(logits []float64) []float64 {
	mx := math.Inf(-1)
	for _, l := range logits {
		mx = math.Max(mx, l)
	}
	out := make([]float64, len(logits))
	sum := 0.0
	for i, l := range logits {
		out[i] = math.Exp(l - mx)
		sum += out[i]
	}
	for i := range out {
		out[i] /= sum
	}
	return out
}

func topK(classes []string, probs []float64, k int) []Pred {
	h := &minHeap{}
	for i, p := range probs {
		heap.Push(h, Pred{classes[i], p})
		if h.Len() > k {
			heap.Pop(h)
		}
	}
	res := make([]Pred, h.Len())
	for i := len(res) - 1; i >= 0; i-- {
		res[i] = heap.Pop(h).(Pred)
	}
	return res
}

func main() {
	classes := []string{"plane", "car", "bird", "cat", "deer", "dog", "frog", "horse", "ship", "truck"}
	batch := [][]float64{
		{1.2, 0.3, -0.5, 2.2, 0.1, 2.0, -1, 0.4, 0.9, 0.2},
		{-0.3, 3.1, 0.2, 0.0, -1.2, 0.1, 0.3, 0.5, 1.1, 2.8},
	}
	history := list.New()
	for n, logits := range batch {
		probs := softmax(logits)
		top := topK(classes, probs, 3)
		fmt.Printf("sample %d:\n", n)
		for _, p := range top {
			fmt.Printf("  %-6s %.4f\n", p.Class, p.Prob)
		}
		history.PushFront(top[0])
		if history.Len() > 1 {
			history.Remove(history.Back())
		}
		history.PushBack(fmt.Sprintf("sample-%d", n))
	}
	for e := history.Front(); e != nil; e = e.Next() {
		fmt.Printf("%T %v\n", e.Value, e.Value)
	}
	h := &minHeap{{"a", 0.5}, {"b", 0.1}, {"c", 0.9}}
	heap.Init(h)
	fmt.Printf("%+v\n", (*h)[0])
}

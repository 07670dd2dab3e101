package main

import (
	"container/heap"
	"fmt"
	"math"
)

type entry struct {
	param string
	idx   int
	err   float64
}

type maxHeap []entry

func (h maxHeap) Len() int           { return len(h) }
func (h maxHeap) Less(i, j int) bool { return h[i].err > h[j].err }
func (h maxHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *maxHeap) Push(x any)        { *h = append(*h, x.(entry)) }
func (h *maxHeap) Pop() any {
	old := *h
	n := len(old)
	e := old[n-1]
	*h = old[:n-1]
	return e
}

func main() {
	// f(w) = sum_i w_i^3 / 3 ; grad = w^2. Use a one-sided difference so errors vary.
	params := map[string][]float64{
		"W1": {0.5, -1.2, 2.0},
		"b1": {0.1, 3.0},
		"W2": {-0.7, 1.1, 0.0, 2.5},
	}
	h := &maxHeap{}
	step := 1e-3
	for _, name := range []string{"W1", "W2", "b1"} {
		for i, w := range params[name] {
			cube := func(v float64) float64 { return v * v * v / 3 }
			num := (cube(w+step) - cube(w)) / step
			heap.Push(h, entry{name, i, math.Abs(num - w*w)})
		}
	}
	fmt.Println("entries:", h.Len())
	for k := 0; k < 4 && h.Len() > 0; k++ {
		e := heap.Pop(h).(entry)
		fmt.Printf("%d. %s[%d] err=%.6f\n", k+1, e.param, e.idx, e.err)
	}
	fmt.Printf("%v\n", params)
}

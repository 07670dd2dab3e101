package main

import (
	"container/heap"
	"fmt"
)

type Prio int

type H []Prio

func (h H) Len() int           { return len(h) }
func (h H) Less(i, j int) bool { return h[i] < h[j] }
func (h H) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *H) Push(x any)        { *h = append(*h, x.(Prio)) }
func (h *H) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

func main() {
	h := &H{5, 2, 8}
	heap.Init(h)
	heap.Push(h, Prio(1))
	for h.Len() > 0 {
		p := heap.Pop(h)
		v, ok := p.(Prio)
		fmt.Print(v, ok, " ")
	}
	fmt.Println()
}

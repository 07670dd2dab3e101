// Exercises: container/heap with one slice type ordered by a func field (a min-heap and a max-heap), a running median with two heaps, heap.Push/Pop through the interface.
package main

import (
	"container/heap"
	"fmt"
)

type floatHeap struct {
	xs   []float64
	less func(a, b float64) bool
}

func (h *floatHeap) Len() int           { return len(h.xs) }
func (h *floatHeap) Less(i, j int) bool { return h.less(h.xs[i], h.xs[j]) }
func (h *floatHeap) Swap(i, j int)      { h.xs[i], h.xs[j] = h.xs[j], h.xs[i] }
func (h *floatHeap) Push(x any)         { h.xs = append(h.xs, x.(float64)) }
func (h *floatHeap) Pop() any {
	x := h.xs[len(h.xs)-1]
	h.xs = h.xs[:len(h.xs)-1]
	return x
}
func (h *floatHeap) top() float64 { return h.xs[0] }

type median struct{ low, high *floatHeap } // low: max-heap, high: min-heap

func newMedian() *median {
	return &median{
		low:  &floatHeap{less: func(a, b float64) bool { return a > b }},
		high: &floatHeap{less: func(a, b float64) bool { return a < b }},
	}
}

func (m *median) add(x float64) {
	if m.low.Len() == 0 || x <= m.low.top() {
		heap.Push(m.low, x)
	} else {
		heap.Push(m.high, x)
	}
	if m.low.Len() > m.high.Len()+1 {
		heap.Push(m.high, heap.Pop(m.low))
	} else if m.high.Len() > m.low.Len() {
		heap.Push(m.low, heap.Pop(m.high))
	}
}

func (m *median) value() float64 {
	if m.low.Len() > m.high.Len() {
		return m.low.top()
	}
	return (m.low.top() + m.high.top()) / 2
}

func main() {
	m := newMedian()
	for _, x := range []float64{5, 15, 1, 3, 8, 7, 9, 10, 20, 2} {
		m.add(x)
		fmt.Printf("%g:%g ", x, m.value())
	}
	fmt.Println()
	fmt.Println(m.low.Len(), m.high.Len(), m.low.top(), m.high.top())
}

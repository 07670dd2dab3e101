package main

import (
	"container/heap"
	"fmt"
	"sort"
)

type IntHeap struct {
	sort.IntSlice
	desc bool
}

func (h IntHeap) Less(i, j int) bool {
	if h.desc {
		return h.IntSlice[i] > h.IntSlice[j]
	}
	return h.IntSlice[i] < h.IntSlice[j]
}
func (h *IntHeap) Push(x any) { h.IntSlice = append(h.IntSlice, x.(int)) }
func (h *IntHeap) Pop() any {
	old := h.IntSlice
	v := old[len(old)-1]
	h.IntSlice = old[:len(old)-1]
	return v
}
func (h IntHeap) Top() int { return h.IntSlice[0] }

type MedianFinder struct {
	lo *IntHeap // max-heap
	hi *IntHeap // min-heap
}

func NewMedianFinder() *MedianFinder {
	return &MedianFinder{lo: &IntHeap{desc: true}, hi: &IntHeap{}}
}

func (m *MedianFinder) AddNum(n int) {
	heap.Push(m.lo, n)
	heap.Push(m.hi, heap.Pop(m.lo))
	if m.hi.Len() > m.lo.Len() {
		heap.Push(m.lo, heap.Pop(m.hi))
	}
}

func (m *MedianFinder) FindMedian() float64 {
	if m.lo.Len() > m.hi.Len() {
		return float64(m.lo.Top())
	}
	return float64(m.lo.Top()+m.hi.Top()) / 2
}

type cursor struct {
	list, idx int
}

type cursorHeap struct {
	lists [][]int
	cs    []cursor
}

func (h *cursorHeap) Len() int { return len(h.cs) }
func (h *cursorHeap) Less(i, j int) bool {
	a, b := h.cs[i], h.cs[j]
	return h.lists[a.list][a.idx] < h.lists[b.list][b.idx]
}
func (h *cursorHeap) Swap(i, j int) { h.cs[i], h.cs[j] = h.cs[j], h.cs[i] }
func (h *cursorHeap) Push(x any)    { h.cs = append(h.cs, x.(cursor)) }
func (h *cursorHeap) Pop() any {
	c := h.cs[len(h.cs)-1]
	h.cs = h.cs[:len(h.cs)-1]
	return c
}

func mergeK(lists [][]int) []int {
	h := &cursorHeap{lists: lists}
	for i, l := range lists {
		if len(l) > 0 {
			h.cs = append(h.cs, cursor{i, 0})
		}
	}
	heap.Init(h)
	var out []int
	for h.Len() > 0 {
		c := h.cs[0]
		out = append(out, lists[c.list][c.idx])
		if c.idx+1 < len(lists[c.list]) {
			h.cs[0].idx++
			heap.Fix(h, 0)
		} else {
			heap.Pop(h)
		}
	}
	return out
}

func main() {
	mf := NewMedianFinder()
	for _, n := range []int{5, 15, 1, 3, 8, 7, 9, 10, 20, 2} {
		mf.AddNum(n)
		fmt.Printf("%g ", mf.FindMedian())
	}
	fmt.Println()
	fmt.Println(*mf.lo, *mf.hi)
	fmt.Println(mergeK([][]int{{1, 4, 5}, {1, 3, 4}, {2, 6}}))
	fmt.Println(mergeK([][]int{{}, {-1, 5, 11}, {}, {6, 10}}), mergeK(nil) == nil)
}

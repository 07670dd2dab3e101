package main

import (
	"container/heap"
	"fmt"
	"math"
)

type MaxHeap []float64
type MinHeap []float64

func (h MaxHeap) Len() int           { return len(h) }
func (h MaxHeap) Less(i, j int) bool { return h[i] > h[j] }
func (h MaxHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *MaxHeap) Push(x any)        { *h = append(*h, x.(float64)) }
func (h *MaxHeap) Pop() any          { o := *h; v := o[len(o)-1]; *h = o[:len(o)-1]; return v }
func (h MinHeap) Len() int           { return len(h) }
func (h MinHeap) Less(i, j int) bool { return h[i] < h[j] }
func (h MinHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *MinHeap) Push(x any)        { *h = append(*h, x.(float64)) }
func (h *MinHeap) Pop() any          { o := *h; v := o[len(o)-1]; *h = o[:len(o)-1]; return v }

type Median struct {
	lo *MaxHeap
	hi *MinHeap
}

func NewMedian() *Median { return &Median{&MaxHeap{}, &MinHeap{}} }

func (m *Median) Add(x float64) {
	if m.lo.Len() == 0 || x <= (*m.lo)[0] {
		heap.Push(m.lo, x)
	} else {
		heap.Push(m.hi, x)
	}
	if m.lo.Len() > m.hi.Len()+1 {
		heap.Push(m.hi, heap.Pop(m.lo))
	} else if m.hi.Len() > m.lo.Len() {
		heap.Push(m.lo, heap.Pop(m.hi))
	}
}

func (m *Median) Value() float64 {
	if m.lo.Len() > m.hi.Len() {
		return (*m.lo)[0]
	}
	return ((*m.lo)[0] + (*m.hi)[0]) / 2
}

type EWMA struct {
	alpha float64
	val   float64
	init  bool
}

func (e *EWMA) Add(x float64) float64 {
	if !e.init {
		e.val, e.init = x, true
	} else {
		e.val = e.alpha*x + (1-e.alpha)*e.val
	}
	return e.val
}

type Welford struct {
	n        int
	mean, m2 float64
}

func (w *Welford) Add(x float64) {
	w.n++
	d := x - w.mean
	w.mean += d / float64(w.n)
	w.m2 += d * (x - w.mean)
}

func (w Welford) Std() float64 { return math.Sqrt(w.m2 / float64(w.n-1)) }

func main() {
	data := []float64{5, 15, 1, 3, 8, 7, 9, 10, 20, 2, 6, 6}
	med := NewMedian()
	ew := &EWMA{alpha: 0.3}
	var wf Welford
	window := []float64{}
	sum := 0.0
	for i, x := range data {
		med.Add(x)
		wf.Add(x)
		window = append(window, x)
		sum += x
		if len(window) > 3 {
			sum -= window[0]
			window = window[1:]
		}
		fmt.Printf("%2d x=%4.1f median=%5.2f ewma=%7.4f sma3=%6.3f\n", i, x, med.Value(), ew.Add(x), sum/float64(len(window)))
	}
	fmt.Printf("n=%d mean=%.4f std=%.4f\n", wf.n, wf.mean, wf.Std())
}

package main

import (
	"cmp"
	"fmt"
	"slices"
)

type Heap[T any] struct {
	data []T
	less func(a, b T) bool
}

func NewHeap[T any](less func(a, b T) bool, init ...T) *Heap[T] {
	h := &Heap[T]{data: slices.Clone(init), less: less}
	for i := len(h.data)/2 - 1; i >= 0; i-- {
		h.down(i)
	}
	return h
}

func NewMin[T cmp.Ordered](init ...T) *Heap[T] {
	return NewHeap(func(a, b T) bool { return a < b }, init...)
}

func (h *Heap[T]) up(i int) {
	for i > 0 {
		p := (i - 1) / 2
		if !h.less(h.data[i], h.data[p]) {
			break
		}
		h.data[i], h.data[p] = h.data[p], h.data[i]
		i = p
	}
}

func (h *Heap[T]) down(i int) {
	n := len(h.data)
	for {
		l, r, m := 2*i+1, 2*i+2, i
		if l < n && h.less(h.data[l], h.data[m]) {
			m = l
		}
		if r < n && h.less(h.data[r], h.data[m]) {
			m = r
		}
		if m == i {
			return
		}
		h.data[i], h.data[m] = h.data[m], h.data[i]
		i = m
	}
}

func (h *Heap[T]) Push(v T) { h.data = append(h.data, v); h.up(len(h.data) - 1) }

func (h *Heap[T]) Pop() (T, bool) {
	var zero T
	if len(h.data) == 0 {
		return zero, false
	}
	top := h.data[0]
	last := len(h.data) - 1
	h.data[0] = h.data[last]
	h.data = h.data[:last]
	h.down(0)
	return top, true
}

func (h *Heap[T]) Len() int { return len(h.data) }

func kSmallest[T cmp.Ordered](xs []T, k int) []T {
	h := NewMin(xs...)
	out := make([]T, 0, k)
	for range k {
		v, ok := h.Pop()
		if !ok {
			break
		}
		out = append(out, v)
	}
	return out
}

type point struct{ x, y int }

func main() {
	h := NewMin(9, 4, 7, 1, 8, 2, 6)
	h.Push(0)
	h.Push(5)
	fmt.Println("array:", h.data)
	for h.Len() > 0 {
		v, _ := h.Pop()
		fmt.Print(v, " ")
	}
	fmt.Println()
	fmt.Println(kSmallest([]string{"pear", "fig", "apple", "kiwi", "date"}, 3))
	fmt.Println(kSmallest([]float64{3.5, -1, 2.25}, 10))

	dist := func(p point) int { return p.x*p.x + p.y*p.y }
	ph := NewHeap(func(a, b point) bool { return dist(a) > dist(b) })
	for _, p := range []point{{1, 2}, {3, 3}, {0, 1}, {-4, 0}, {2, -2}} {
		ph.Push(p)
		if ph.Len() > 3 {
			ph.Pop()
		}
	}
	rest := []point{}
	for ph.Len() > 0 {
		p, _ := ph.Pop()
		rest = append(rest, p)
	}
	fmt.Printf("%v %+v\n", rest, rest[0])
}

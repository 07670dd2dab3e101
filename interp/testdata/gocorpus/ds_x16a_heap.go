package main

import (
	"cmp"
	"fmt"
)

type Heap[T any] struct {
	data []T
	less func(a, b T) bool
}

func NewHeap[T any](less func(a, b T) bool) *Heap[T] { return &Heap[T]{less: less} }

func MinHeap[T cmp.Ordered]() *Heap[T] {
	return NewHeap(func(a, b T) bool { return a < b })
}

func (h *Heap[T]) Len() int { return len(h.data) }

func (h *Heap[T]) Push(v T) {
	h.data = append(h.data, v)
	i := len(h.data) - 1
	for i > 0 {
		p := (i - 1) / 2
		if !h.less(h.data[i], h.data[p]) {
			break
		}
		h.data[i], h.data[p] = h.data[p], h.data[i]
		i = p
	}
}

func (h *Heap[T]) Pop() T {
	top := h.data[0]
	n := len(h.data) - 1
	h.data[0] = h.data[n]
	h.data = h.data[:n]
	i := 0
	for {
		l, r, m := 2*i+1, 2*i+2, i
		if l < n && h.less(h.data[l], h.data[m]) {
			m = l
		}
		if r < n && h.less(h.data[r], h.data[m]) {
			m = r
		}
		if m == i {
			break
		}
		h.data[i], h.data[m] = h.data[m], h.data[i]
		i = m
	}
	return top
}

type Job struct {
	Name string
	Prio int
}

func main() {
	h := MinHeap[int]()
	for _, v := range []int{5, 3, 8, 1, 9, 2, 7} {
		h.Push(v)
	}
	for h.Len() > 0 {
		fmt.Print(h.Pop(), " ")
	}
	fmt.Println()
	jobs := NewHeap(func(a, b Job) bool {
		if a.Prio != b.Prio {
			return a.Prio > b.Prio
		}
		return a.Name < b.Name
	})
	for _, j := range []Job{{"email", 1}, {"deploy", 5}, {"backup", 3}, {"alert", 5}, {"log", 1}} {
		jobs.Push(j)
	}
	for jobs.Len() > 0 {
		j := jobs.Pop()
		fmt.Printf("%s(%d) ", j.Name, j.Prio)
	}
	fmt.Println()
	sh := MinHeap[string]()
	sh.Push("pear")
	sh.Push("apple")
	sh.Push("fig")
	fmt.Println(sh.Pop(), sh.Len(), sh.data)
}

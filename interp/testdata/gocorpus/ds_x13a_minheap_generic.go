package main

import (
	"fmt"
	"strings"
)

type Heap[T any] struct {
	data []T
	less func(a, b T) bool
}

func NewHeap[T any](less func(a, b T) bool, items ...T) *Heap[T] {
	h := &Heap[T]{data: append([]T(nil), items...), less: less}
	for i := len(h.data)/2 - 1; i >= 0; i-- {
		h.down(i)
	}
	return h
}

func (h *Heap[T]) Len() int { return len(h.data) }

func (h *Heap[T]) Push(x T) {
	h.data = append(h.data, x)
	h.up(len(h.data) - 1)
}

func (h *Heap[T]) Pop() T {
	n := len(h.data) - 1
	h.data[0], h.data[n] = h.data[n], h.data[0]
	x := h.data[n]
	h.data = h.data[:n]
	h.down(0)
	return x
}

func (h *Heap[T]) Peek() (T, bool) {
	if len(h.data) == 0 {
		var z T
		return z, false
	}
	return h.data[0], true
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
		l, small := 2*i+1, i
		if l < n && h.less(h.data[l], h.data[small]) {
			small = l
		}
		if r := l + 1; r < n && h.less(h.data[r], h.data[small]) {
			small = r
		}
		if small == i {
			return
		}
		h.data[i], h.data[small] = h.data[small], h.data[i]
		i = small
	}
}

type Task struct {
	Pri  int
	Name string
}

func main() {
	h := NewHeap(func(a, b int) bool { return a < b }, 9, 4, 7, 1, 8, 2)
	h.Push(3)
	h.Push(0)
	var out []string
	for h.Len() > 0 {
		out = append(out, fmt.Sprint(h.Pop()))
	}
	fmt.Println(strings.Join(out, ","))

	tasks := NewHeap(func(a, b Task) bool {
		if a.Pri != b.Pri {
			return a.Pri > b.Pri
		}
		return a.Name < b.Name
	})
	for i, name := range []string{"write", "test", "deploy", "review", "lunch", "plan"} {
		tasks.Push(Task{(i * 5) % 4, name})
	}
	top, _ := tasks.Peek()
	fmt.Printf("top: %+v\n", top)
	for tasks.Len() > 0 {
		t := tasks.Pop()
		fmt.Printf("  %d %s\n", t.Pri, t.Name)
	}
	_, ok := tasks.Peek()
	fmt.Println("empty peek ok?", ok)

	// k smallest strings by length using a max-heap of size k
	words := strings.Fields("heap sort is a comparison based sorting algorithm that uses a binary heap")
	k := 4
	mh := NewHeap(func(a, b string) bool { return len(a) > len(b) || len(a) == len(b) && a > b })
	for _, w := range words {
		mh.Push(w)
		if mh.Len() > k {
			mh.Pop()
		}
	}
	fmt.Println("k shortest (unordered heap):", mh.data)
}

package main

import (
	"cmp"
	"errors"
	"fmt"
)

type Heap[T any] struct {
	items []T
	less  func(a, b T) bool
}

func NewHeap[T any](less func(a, b T) bool) *Heap[T] {
	return &Heap[T]{less: less}
}

func NewMinHeap[T cmp.Ordered]() *Heap[T] {
	return NewHeap(func(a, b T) bool { return a < b })
}

func (h *Heap[T]) Len() int { return len(h.items) }

func (h *Heap[T]) Push(v T) {
	h.items = append(h.items, v)
	i := len(h.items) - 1
	for i > 0 {
		p := (i - 1) / 2
		if !h.less(h.items[i], h.items[p]) {
			break
		}
		h.items[i], h.items[p] = h.items[p], h.items[i]
		i = p
	}
}

func (h *Heap[T]) Pop() (T, error) {
	var zero T
	if len(h.items) == 0 {
		return zero, errors.New("heap: pop from empty heap")
	}
	top := h.items[0]
	last := len(h.items) - 1
	h.items[0] = h.items[last]
	h.items = h.items[:last]
	h.siftDown(0)
	return top, nil
}

func (h *Heap[T]) siftDown(i int) {
	n := len(h.items)
	for {
		l, r, m := 2*i+1, 2*i+2, i
		if l < n && h.less(h.items[l], h.items[m]) {
			m = l
		}
		if r < n && h.less(h.items[r], h.items[m]) {
			m = r
		}
		if m == i {
			return
		}
		h.items[i], h.items[m] = h.items[m], h.items[i]
		i = m
	}
}

func (h *Heap[T]) Peek() (T, bool) {
	if len(h.items) == 0 {
		var zero T
		return zero, false
	}
	return h.items[0], true
}

type Task struct {
	Name     string
	Priority int
}

func (t Task) String() string { return fmt.Sprintf("%s(p%d)", t.Name, t.Priority) }

func HeapSort[T cmp.Ordered](xs []T) []T {
	h := NewMinHeap[T]()
	for _, x := range xs {
		h.Push(x)
	}
	out := make([]T, 0, len(xs))
	for h.Len() > 0 {
		v, _ := h.Pop()
		out = append(out, v)
	}
	return out
}

func main() {
	fmt.Println(HeapSort([]int{9, 4, 7, 1, 8, 2, 2, 6}))
	fmt.Println(HeapSort([]string{"pear", "apple", "fig", "kiwi"}))
	fmt.Println(HeapSort([]float64{3.5, -1.25, 2, 0}))

	tasks := NewHeap(func(a, b Task) bool {
		if a.Priority != b.Priority {
			return a.Priority > b.Priority
		}
		return a.Name < b.Name
	})
	for _, t := range []Task{{"write", 2}, {"test", 5}, {"deploy", 1}, {"review", 5}, {"lint", 3}} {
		tasks.Push(t)
	}
	top, ok := tasks.Peek()
	fmt.Printf("peek: %v ok=%v size=%d\n", top, ok, tasks.Len())
	for tasks.Len() > 0 {
		t, _ := tasks.Pop()
		fmt.Printf("%+v\n", t)
	}
	_, err := tasks.Pop()
	fmt.Println("err:", err)
	_, ok = tasks.Peek()
	fmt.Println("peek empty ok:", ok)

	// k smallest via max-heap of size k
	k := 3
	mh := NewHeap(func(a, b int) bool { return a > b })
	for _, x := range []int{15, 3, 22, 8, 1, 40, 9, 2} {
		mh.Push(x)
		if mh.Len() > k {
			mh.Pop()
		}
	}
	fmt.Println("3 smallest (heap order):", mh.items)
}

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

func NewMin[T cmp.Ordered]() *Heap[T] {
	return &Heap[T]{less: func(a, b T) bool { return a < b }}
}

func NewFunc[T any](less func(a, b T) bool) *Heap[T] {
	return &Heap[T]{less: less}
}

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

func (h *Heap[T]) Pop() (T, bool) {
	var zero T
	if len(h.data) == 0 {
		return zero, false
	}
	top := h.data[0]
	last := len(h.data) - 1
	h.data[0] = h.data[last]
	h.data = h.data[:last]
	i := 0
	for {
		l, r, m := 2*i+1, 2*i+2, i
		if l < len(h.data) && h.less(h.data[l], h.data[m]) {
			m = l
		}
		if r < len(h.data) && h.less(h.data[r], h.data[m]) {
			m = r
		}
		if m == i {
			break
		}
		h.data[i], h.data[m] = h.data[m], h.data[i]
		i = m
	}
	return top, true
}

func (h *Heap[T]) Len() int { return len(h.data) }

func TopK[T cmp.Ordered](xs []T, k int) []T {
	h := NewMin[T]()
	for _, x := range xs {
		h.Push(x)
		if h.Len() > k {
			h.Pop()
		}
	}
	out := make([]T, 0, k)
	for h.Len() > 0 {
		v, _ := h.Pop()
		out = append(out, v)
	}
	slices.Reverse(out)
	return out
}

type job struct {
	id       int
	deadline int
}

func main() {
	h := NewMin[int]()
	for _, v := range []int{9, 4, 7, 1, 8, 2, 2, 6} {
		h.Push(v)
	}
	var sorted []int
	for {
		v, ok := h.Pop()
		if !ok {
			break
		}
		sorted = append(sorted, v)
	}
	fmt.Println(sorted)
	fmt.Println(TopK([]int{5, 1, 9, 3, 7, 11, 2}, 3))
	fmt.Println(TopK([]string{"pear", "apple", "zucchini", "kiwi", "mango"}, 2))

	jh := NewFunc(func(a, b job) bool {
		return cmp.Or(cmp.Compare(a.deadline, b.deadline), cmp.Compare(a.id, b.id)) < 0
	})
	for i, d := range []int{30, 10, 20, 10, 5} {
		jh.Push(job{i, d})
	}
	for jh.Len() > 0 {
		j, _ := jh.Pop()
		fmt.Printf("%+v ", j)
	}
	fmt.Println()
	_, ok := jh.Pop()
	fmt.Println("empty pop ok:", ok)
}

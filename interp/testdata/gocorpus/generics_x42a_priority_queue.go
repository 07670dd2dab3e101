package main

import (
	"cmp"
	"fmt"
	"strings"
)

const input = `8 3 5 1 9 2 7 4 6`

type Heap[T any] struct {
	data []T
	less func(a, b T) bool
}

func NewHeap[T any](less func(a, b T) bool) *Heap[T] {
	return &Heap[T]{less: less}
}

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

func (h *Heap[T]) Pop() (T, bool) {
	var zero T
	if len(h.data) == 0 {
		return zero, false
	}
	top := h.data[0]
	n := len(h.data) - 1
	h.data[0] = h.data[n]
	h.data = h.data[:n]
	for i := 0; ; {
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
	return top, true
}

type Task struct {
	Name     string
	Priority int
}

func main() {
	h := MinHeap[int]()
	for _, f := range strings.Fields(input) {
		var v int
		fmt.Sscan(f, &v)
		h.Push(v)
	}
	var out []int
	for h.Len() > 0 {
		v, _ := h.Pop()
		out = append(out, v)
	}
	fmt.Println(out)
	_, ok := h.Pop()
	fmt.Println("empty pop ok:", ok)

	th := NewHeap(func(a, b Task) bool {
		return cmp.Or(cmp.Compare(b.Priority, a.Priority), strings.Compare(a.Name, b.Name)) < 0
	})
	for i, n := range []string{"write", "test", "deploy", "review", "fix"} {
		th.Push(Task{n, (i * 7) % 4})
	}
	for th.Len() > 0 {
		t, _ := th.Pop()
		fmt.Printf("%v ", t)
	}
	fmt.Println()
	sh := MinHeap[string]()
	sh.Push("pear")
	sh.Push("apple")
	s, _ := sh.Pop()
	fmt.Printf("%s %T\n", s, sh)
}

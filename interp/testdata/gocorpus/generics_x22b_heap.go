package main

import (
	"fmt"
	"strings"
)

type Heap[T any] struct {
	data []T
	less func(a, b T) bool
}

func NewHeap[T any](less func(a, b T) bool, xs ...T) *Heap[T] {
	h := &Heap[T]{less: less}
	for _, x := range xs {
		h.Push(x)
	}
	return h
}

func (h *Heap[T]) Len() int { return len(h.data) }

func (h *Heap[T]) Push(x T) {
	h.data = append(h.data, x)
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

func (h *Heap[T]) Peek() T { return h.data[0] }

func (h *Heap[T]) Pop() T {
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
	return top
}

type Number interface {
	~int | ~int64 | ~float64
}

func RunningMedian[T Number](xs []T) []float64 {
	lo := NewHeap(func(a, b T) bool { return a > b })
	hi := NewHeap(func(a, b T) bool { return a < b })
	var out []float64
	for _, x := range xs {
		if lo.Len() == 0 || x <= lo.Peek() {
			lo.Push(x)
		} else {
			hi.Push(x)
		}
		if lo.Len() > hi.Len()+1 {
			hi.Push(lo.Pop())
		} else if hi.Len() > lo.Len() {
			lo.Push(hi.Pop())
		}
		if lo.Len() > hi.Len() {
			out = append(out, float64(lo.Peek()))
		} else {
			out = append(out, (float64(lo.Peek())+float64(hi.Peek()))/2)
		}
	}
	return out
}

type cursor struct {
	list, idx int
}

func kMerge(lists [][]string) []string {
	h := NewHeap(func(a, b cursor) bool { return lists[a.list][a.idx] < lists[b.list][b.idx] })
	for i, l := range lists {
		if len(l) > 0 {
			h.Push(cursor{i, 0})
		}
	}
	var out []string
	for h.Len() > 0 {
		c := h.Pop()
		out = append(out, lists[c.list][c.idx])
		if c.idx+1 < len(lists[c.list]) {
			h.Push(cursor{c.list, c.idx + 1})
		}
	}
	return out
}

type Celsius float64

func main() {
	fmt.Println(RunningMedian([]int{5, 15, 1, 3, 2, 8, 7, 9, 10, 6, 11, 4}))
	fmt.Println(RunningMedian([]Celsius{21.5, 19, 23.25, 18}))
	fmt.Println(kMerge([][]string{
		strings.Fields("apple fig kiwi"),
		nil,
		strings.Fields("banana cherry date"),
		strings.Fields("avocado grape"),
	}))
	h := NewHeap(func(a, b [2]int) bool { return a[0]*a[1] < b[0]*b[1] }, [2]int{3, 4}, [2]int{1, 2}, [2]int{5, 1}, [2]int{2, 2})
	for h.Len() > 0 {
		fmt.Print(h.Pop(), " ")
	}
	fmt.Println()
}

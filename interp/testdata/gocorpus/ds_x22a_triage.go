package main

import (
	"cmp"
	"container/heap"
	"fmt"
)

type Heap[T any] struct {
	items []T
	less  func(a, b T) bool
}

func (h *Heap[T]) Len() int           { return len(h.items) }
func (h *Heap[T]) Less(i, j int) bool { return h.less(h.items[i], h.items[j]) }
func (h *Heap[T]) Swap(i, j int)      { h.items[i], h.items[j] = h.items[j], h.items[i] }
func (h *Heap[T]) Push(x any)         { h.items = append(h.items, x.(T)) }
func (h *Heap[T]) Pop() any {
	n := len(h.items)
	x := h.items[n-1]
	h.items = h.items[:n-1]
	return x
}

func NewHeap[T any](less func(a, b T) bool) *Heap[T] { return &Heap[T]{less: less} }
func (h *Heap[T]) Add(x T)                           { heap.Push(h, x) }
func (h *Heap[T]) Next() T                           { return heap.Pop(h).(T) }

type Patient struct {
	Name     string
	Severity int
	Arrived  int
}

type Doctor struct {
	Name   string
	FreeAt int
}

func main() {
	waiting := NewHeap(func(a, b Patient) bool {
		if a.Severity != b.Severity {
			return a.Severity > b.Severity
		}
		return a.Arrived < b.Arrived
	})
	docs := NewHeap(func(a, b Doctor) bool {
		return cmp.Or(cmp.Compare(a.FreeAt, b.FreeAt), cmp.Compare(a.Name, b.Name)) < 0
	})
	docs.Add(Doctor{"House", 0})
	docs.Add(Doctor{"Grey", 0})
	arrivals := []Patient{
		{"ann", 2, 0}, {"bob", 5, 1}, {"cat", 1, 1}, {"dan", 5, 3},
		{"eve", 3, 4}, {"fay", 4, 4}, {"gus", 1, 6}, {"hal", 2, 9},
	}
	treatTime := func(p Patient) int { return 1 + p.Severity }
	t, next := 0, 0
	totalWait := map[int]int{}
	for next < len(arrivals) || waiting.Len() > 0 {
		for next < len(arrivals) && arrivals[next].Arrived <= t {
			waiting.Add(arrivals[next])
			next++
		}
		if waiting.Len() == 0 || docs.items[0].FreeAt > t {
			t++
			continue
		}
		d := docs.Next()
		p := waiting.Next()
		fmt.Printf("t=%2d %-5s treats %-3s sev=%d waited=%d\n", t, d.Name, p.Name, p.Severity, t-p.Arrived)
		totalWait[p.Severity] += t - p.Arrived
		d.FreeAt = t + treatTime(p)
		docs.Add(d)
	}
	fmt.Println("wait by severity:", totalWait)
	for docs.Len() > 0 {
		d := docs.Next()
		fmt.Printf("%s free at %d\n", d.Name, d.FreeAt)
	}
}

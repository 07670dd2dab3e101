package main

import (
	"cmp"
	"container/heap"
	"fmt"
)

type Task struct {
	Name     string
	Priority int
	index    int
}

type TaskQueue []*Task

func (q TaskQueue) Len() int { return len(q) }
func (q TaskQueue) Less(i, j int) bool {
	if q[i].Priority != q[j].Priority {
		return q[i].Priority > q[j].Priority
	}
	return q[i].Name < q[j].Name
}
func (q TaskQueue) Swap(i, j int) {
	q[i], q[j] = q[j], q[i]
	q[i].index = i
	q[j].index = j
}
func (q *TaskQueue) Push(x any) {
	t := x.(*Task)
	t.index = len(*q)
	*q = append(*q, t)
}
func (q *TaskQueue) Pop() any {
	old := *q
	n := len(old)
	t := old[n-1]
	old[n-1] = nil
	t.index = -1
	*q = old[:n-1]
	return t
}

func (q *TaskQueue) update(t *Task, prio int) {
	t.Priority = prio
	heap.Fix(q, t.index)
}

type Heap[T any] struct {
	data []T
	less func(a, b T) bool
}

func NewHeap[T any](less func(a, b T) bool) *Heap[T] { return &Heap[T]{less: less} }

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

func main() {
	q := &TaskQueue{}
	heap.Init(q)
	tasks := map[string]*Task{}
	for i, n := range []string{"email", "build", "deploy", "lint", "test"} {
		t := &Task{Name: n, Priority: (i * 7) % 5}
		tasks[n] = t
		heap.Push(q, t)
	}
	q.update(tasks["email"], 9)
	q.update(tasks["deploy"], 0)
	for q.Len() > 0 {
		t := heap.Pop(q).(*Task)
		fmt.Printf("%-7s p=%d idx=%d\n", t.Name, t.Priority, t.index)
	}

	h := NewHeap(func(a, b string) bool { return cmp.Compare(len(a), len(b)) < 0 || (len(a) == len(b) && a < b) })
	for _, w := range []string{"banana", "fig", "apple", "kiwi", "date", "cherry", "plum"} {
		h.Push(w)
	}
	fmt.Print(h.Len(), ": ")
	for {
		w, ok := h.Pop()
		if !ok {
			break
		}
		fmt.Print(w, " ")
	}
	fmt.Println()
	ih := NewHeap(func(a, b [2]int) bool { return a[0]*a[1] > b[0]*b[1] })
	for i := 1; i <= 5; i++ {
		ih.Push([2]int{i, 6 - i})
	}
	top, _ := ih.Pop()
	fmt.Println(top, ih.Len())
	_, ok := NewHeap(func(a, b int) bool { return a < b }).Pop()
	fmt.Println("empty pop ok:", ok)
}

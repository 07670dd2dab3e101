package main

import (
	"cmp"
	"container/heap"
	"fmt"
)

type Task struct {
	Name     string
	Priority int
	Seq      int
}

type pq[T any] struct {
	items []T
	less  func(a, b T) bool
}

func (q *pq[T]) Len() int           { return len(q.items) }
func (q *pq[T]) Less(i, j int) bool { return q.less(q.items[i], q.items[j]) }
func (q *pq[T]) Swap(i, j int)      { q.items[i], q.items[j] = q.items[j], q.items[i] }
func (q *pq[T]) Push(x any)         { q.items = append(q.items, x.(T)) }
func (q *pq[T]) Pop() any {
	n := len(q.items)
	x := q.items[n-1]
	q.items = q.items[:n-1]
	return x
}

type PriorityQueue[T any] struct{ inner *pq[T] }

func NewPQ[T any](less func(a, b T) bool) PriorityQueue[T] {
	return PriorityQueue[T]{&pq[T]{less: less}}
}

func (p PriorityQueue[T]) Push(v T) { heap.Push(p.inner, v) }
func (p PriorityQueue[T]) Pop() (T, bool) {
	if p.inner.Len() == 0 {
		var zero T
		return zero, false
	}
	return heap.Pop(p.inner).(T), true
}
func (p PriorityQueue[T]) Len() int { return p.inner.Len() }

func main() {
	q := NewPQ(func(a, b Task) bool {
		if c := cmp.Compare(b.Priority, a.Priority); c != 0 {
			return c < 0
		}
		return a.Seq < b.Seq
	})
	jobs := []struct {
		name string
		pri  int
	}{{"email", 2}, {"backup", 1}, {"alert", 5}, {"report", 2}, {"deploy", 4}, {"cleanup", 1}}
	for i, j := range jobs {
		q.Push(Task{j.name, j.pri, i})
	}
	fmt.Println("queued", q.Len())
	for q.Len() > 0 {
		t, _ := q.Pop()
		fmt.Printf("%-8s pri=%d seq=%d\n", t.Name, t.Priority, t.Seq)
	}
	_, ok := q.Pop()
	fmt.Println("empty pop ok?", ok)

	ints := NewPQ(func(a, b int) bool { return a < b })
	for _, v := range []int{9, 3, 7, 1, 8} {
		ints.Push(v)
	}
	var out []int
	for ints.Len() > 0 {
		v, _ := ints.Pop()
		out = append(out, v)
	}
	fmt.Printf("%v %T\n", out, ints)
}

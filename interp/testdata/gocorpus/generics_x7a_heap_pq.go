// Exercises: generic priority queue with a less func field, container/heap via a generic adapter type
package main

import (
	"container/heap"
	"fmt"
)

type PQ[T any] struct {
	items []T
	less  func(a, b T) bool
}

func (q *PQ[T]) Len() int           { return len(q.items) }
func (q *PQ[T]) Less(i, j int) bool { return q.less(q.items[i], q.items[j]) }
func (q *PQ[T]) Swap(i, j int)      { q.items[i], q.items[j] = q.items[j], q.items[i] }
func (q *PQ[T]) Push(x any)         { q.items = append(q.items, x.(T)) }
func (q *PQ[T]) Pop() any {
	n := len(q.items)
	x := q.items[n-1]
	q.items = q.items[:n-1]
	return x
}

type task struct {
	name string
	prio int
}

func main() {
	q := &PQ[task]{less: func(a, b task) bool { return a.prio > b.prio }}
	for i, n := range []string{"write", "test", "deploy", "lint"} {
		heap.Push(q, task{n, (i * 7) % 5})
	}
	for q.Len() > 0 {
		t := heap.Pop(q).(task)
		fmt.Println(t.prio, t.name)
	}
	ints := &PQ[int]{less: func(a, b int) bool { return a < b }}
	for _, v := range []int{5, 2, 8, 1} {
		heap.Push(ints, v)
	}
	fmt.Println(heap.Pop(ints), heap.Pop(ints), ints.Len())
}

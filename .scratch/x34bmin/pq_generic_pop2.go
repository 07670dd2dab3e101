// Go prints: 1 true
// Session (program style): CompileError: assignment mismatch: 2 variables but  returns 1 values
// Session (notebook style): runtime.Error: runtime error: invalid memory address or nil pointer dereference
// Same cause as pq_generic_pop.go (generic heap.Interface Pop() any and generic wrapper Pop() (T, bool));
// with container/heap the notebook style panics at run time instead.
package main

import (
	"container/heap"
	"fmt"
)

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

type PQ[T any] struct{ inner *pq[T] }

func (p PQ[T]) Push(v T) { heap.Push(p.inner, v) }
func (p PQ[T]) Pop() (T, bool) {
	return heap.Pop(p.inner).(T), true
}

func main() {
	q := PQ[int]{&pq[int]{less: func(a, b int) bool { return a < b }}}
	q.Push(3)
	q.Push(1)
	v, ok := q.Pop()
	fmt.Println(v, ok)
}

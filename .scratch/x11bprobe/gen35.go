package main

import "fmt"

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(x T) { s.items = append(s.items, x) }
func (s *Stack[T]) Len() int { return len(s.items) }

type Queue[T any] struct {
	items []T
	head  int
}

func (q *Queue[T]) Enqueue(x T) { q.items = append(q.items, x) }
func (q *Queue[T]) Size() int   { return len(q.items) - q.head }
func (q *Queue[T]) Pop() T      { q.head++; return q.items[q.head-1] }

func main() {
	s := &Stack[int]{}
	q := &Queue[int]{}
	for i := 0; i < 3; i++ {
		s.Push(i)
		q.Enqueue(i * 10)
	}
	fmt.Println(s.Len(), q.Size(), q.Pop(), q.Size())
}

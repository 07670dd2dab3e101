package main

import "fmt"

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Len() int { return len(s.items) }

type Queue[T any] struct {
	items []T
	head  int
}

func (q *Queue[T]) Len() int { return len(q.items) - q.head }

func main() {
	s := &Stack[string]{items: []string{"a"}}
	q := &Queue[float64]{items: []float64{1, 2}, head: 1}
	s2 := &Stack[float64]{items: []float64{1, 2, 3}}
	fmt.Println(s.Len(), q.Len(), s2.Len())
}

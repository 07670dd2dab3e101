package main

import "fmt"

var limit = 3

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Pop() T {
	_ = limit
	return s.items[0]
}
func (s Stack[T]) Len() int { return len(s.items) }

type Queue[T any] struct{ head []T }

func (q *Queue[T]) Len() int { return len(q.head) }

func main() {
	s := Stack[int]{[]int{5}}
	fmt.Println(s.Pop(), s.Len())
}

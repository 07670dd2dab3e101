package main

import "fmt"

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }
func (s *Stack[T]) Len() int { return len(s.items) }

type Queue[T any] struct{ in []T }

func (q *Queue[T]) Push(v T) { q.in = append(q.in, v) }
func (q *Queue[T]) Len() int { return len(q.in) }

type Container[T any] interface {
	Push(T)
	Len() int
}

// Fill takes the element type explicitly and infers the container.
func Fill[T any, C Container[T]](c C, vs ...T) C {
	for _, v := range vs {
		c.Push(v)
	}
	return c
}

func Drain[T any, C interface {
	Push(T)
	Len() int
}](c C, vs []T) int {
	for _, v := range vs {
		c.Push(v)
	}
	return c.Len()
}

func main() {
	s := &Stack[string]{}
	Fill[string](s, "a", "b", "c")
	fmt.Println(s.Len(), s.items)
	q := Fill(&Queue[int]{}, 1, 2)
	fmt.Println(q.Len(), q.in)
	fmt.Println(Drain[float64](&Stack[float64]{}, []float64{1.5, 2.5}))
	fmt.Println(Drain(q, []int{3}))
}

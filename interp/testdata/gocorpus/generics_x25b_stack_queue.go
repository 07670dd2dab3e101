package main

import (
	"errors"
	"fmt"
)

var ErrEmpty = errors.New("empty container")

type Container[T any] interface {
	Push(T)
	Pop() (T, error)
	Len() int
}

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }
func (s *Stack[T]) Pop() (T, error) {
	var zero T
	if len(s.items) == 0 {
		return zero, ErrEmpty
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, nil
}
func (s *Stack[T]) Len() int { return len(s.items) }

type Queue[T any] struct {
	head, tail []T
}

func (q *Queue[T]) Push(v T) { q.tail = append(q.tail, v) }
func (q *Queue[T]) Pop() (T, error) {
	if len(q.head) == 0 {
		for len(q.tail) > 0 {
			n := len(q.tail) - 1
			q.head = append(q.head, q.tail[n])
			q.tail = q.tail[:n]
		}
	}
	if len(q.head) == 0 {
		var zero T
		return zero, fmt.Errorf("queue: %w", ErrEmpty)
	}
	n := len(q.head) - 1
	v := q.head[n]
	q.head = q.head[:n]
	return v, nil
}
func (q *Queue[T]) Len() int { return len(q.head) + len(q.tail) }

func Drain[T any](c Container[T]) []T {
	var out []T
	for {
		v, err := c.Pop()
		if errors.Is(err, ErrEmpty) {
			return out
		}
		out = append(out, v)
	}
}

func Fill[T any](c Container[T], vs ...T) Container[T] {
	for _, v := range vs {
		c.Push(v)
	}
	return c
}

type point struct{ X, Y int }

func main() {
	s := &Stack[int]{}
	Fill[int](s, 1, 2, 3, 4)
	fmt.Println(s.Len(), Drain[int](s))
	q := &Queue[string]{}
	Fill[string](q, "a", "b", "c")
	v, _ := q.Pop()
	q.Push("d")
	fmt.Println(v, q.Len(), Drain[string](q))
	_, err := q.Pop()
	fmt.Println(err, errors.Is(err, ErrEmpty))

	containers := []Container[point]{&Stack[point]{}, &Queue[point]{}}
	for _, c := range containers {
		for i := range 3 {
			c.Push(point{i, i * i})
		}
		fmt.Printf("%T %v\n", c, Drain(c))
	}
	var ss Stack[[]string]
	ss.Push([]string{"x"})
	ss.Push(nil)
	top, err := ss.Pop()
	fmt.Println(top == nil, err, ss.Len())
}

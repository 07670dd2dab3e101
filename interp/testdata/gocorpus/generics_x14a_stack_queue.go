package main

import (
	"fmt"
	"iter"
	"strings"
)

type Container[T any] interface {
	Push(T)
	Pop() (T, bool)
	Len() int
	All() iter.Seq[T]
}

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }
func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}
func (s *Stack[T]) Len() int { return len(s.items) }
func (s *Stack[T]) All() iter.Seq[T] {
	return func(yield func(T) bool) {
		for i := len(s.items) - 1; i >= 0; i-- {
			if !yield(s.items[i]) {
				return
			}
		}
	}
}

type Queue[T any] struct{ items []T }

func (q *Queue[T]) Push(v T) { q.items = append(q.items, v) }
func (q *Queue[T]) Pop() (T, bool) {
	var zero T
	if len(q.items) == 0 {
		return zero, false
	}
	v := q.items[0]
	q.items = q.items[1:]
	return v, true
}
func (q *Queue[T]) Len() int { return len(q.items) }
func (q *Queue[T]) All() iter.Seq[T] {
	return func(yield func(T) bool) {
		for _, v := range q.items {
			if !yield(v) {
				return
			}
		}
	}
}

func Fill[T any](c Container[T], vs ...T) Container[T] {
	for _, v := range vs {
		c.Push(v)
	}
	return c
}

func Drain[T any](c Container[T]) []T {
	var out []T
	for c.Len() > 0 {
		v, _ := c.Pop()
		out = append(out, v)
	}
	return out
}

func Join[T any](seq iter.Seq[T], sep string) string {
	var parts []string
	for v := range seq {
		parts = append(parts, fmt.Sprint(v))
	}
	return strings.Join(parts, sep)
}

func main() {
	cs := []Container[int]{&Stack[int]{}, &Queue[int]{}}
	for _, c := range cs {
		Fill(c, 1, 2, 3, 4, 5)
		fmt.Printf("%T all=%s\n", c, Join(c.All(), ","))
		fmt.Println(Drain(c))
		_, ok := c.Pop()
		fmt.Println("empty pop ok:", ok)
	}
	words := Fill[string](&Stack[string]{}, "a", "b", "c")
	for w := range words.All() {
		if w == "a" {
			break
		}
		fmt.Print(w, " ")
	}
	fmt.Println()
	type pt struct{ X, Y int }
	q := &Queue[pt]{}
	q.Push(pt{1, 2})
	q.Push(pt{3, 4})
	fmt.Println(Join(q.All(), " | "), q.Len())
}

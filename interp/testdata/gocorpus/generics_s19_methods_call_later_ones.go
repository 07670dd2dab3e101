// Exercises: methods of generic types calling methods declared below them, a queue built on a stack pair, pointers to two-parameter instances in main
package main

import (
	"errors"
	"fmt"
)

var ErrEmpty = errors.New("empty")

type Stack[T any] struct{ items []T }

func (s *Stack[T]) PushAll(xs ...T) *Stack[T] {
	for _, x := range xs {
		s.Push(x)
	}
	return s
}

func (s *Stack[T]) Drain() []T {
	var out []T
	for !s.Empty() {
		v, _ := s.Pop()
		out = append(out, v)
	}
	return out
}

func (s *Stack[T]) Push(x T) { s.items = append(s.items, x) }

func (s *Stack[T]) Pop() (T, error) {
	var zero T
	if s.Empty() {
		return zero, ErrEmpty
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, nil
}

func (s *Stack[T]) Empty() bool { return s.Len() == 0 }

func (s *Stack[T]) Len() int { return len(s.items) }

type Queue[T any] struct{ in, out Stack[T] }

func (q *Queue[T]) Get() (T, error) {
	if q.out.Empty() {
		q.shift()
	}
	return q.out.Pop()
}

func (q *Queue[T]) shift() {
	for !q.in.Empty() {
		v, _ := q.in.Pop()
		q.out.Push(v)
	}
}

func (q *Queue[T]) Put(x T) { q.in.Push(x) }

type Entry[K comparable, V any] struct {
	Key K
	Val V
}

func (e *Entry[K, V]) Pair() (K, V) { return e.Key, e.Val }

func main() {
	var s Stack[int]
	fmt.Println(s.PushAll(1, 2, 3).Len(), s.Drain(), s.Empty())
	_, err := s.Pop()
	fmt.Println(err, errors.Is(err, ErrEmpty))

	var q Queue[string]
	for _, w := range []string{"a", "b", "c"} {
		q.Put(w)
	}
	first, _ := q.Get()
	q.Put("d")
	var rest []string
	for {
		v, err := q.Get()
		if err != nil {
			break
		}
		rest = append(rest, v)
	}
	fmt.Println(first, rest)

	var e *Entry[string, int]
	fmt.Println(e == nil)
	e = &Entry[string, int]{"x", 1}
	entries := []*Entry[string, int]{e, {"y", 2}}
	k, v := entries[1].Pair()
	fmt.Println(*entries[0], k, v, len(entries))
}

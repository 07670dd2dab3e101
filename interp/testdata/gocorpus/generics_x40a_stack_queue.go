package main

import (
	"errors"
	"fmt"
)

var ErrEmpty = errors.New("empty container")

type Stack[T any] struct {
	items []T
}

func (s *Stack[T]) Push(v ...T) { s.items = append(s.items, v...) }

func (s *Stack[T]) Pop() (T, error) {
	var zero T
	if len(s.items) == 0 {
		return zero, ErrEmpty
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, nil
}

func (s Stack[T]) Len() int { return len(s.items) }

type Queue[T any] struct {
	in, out Stack[T]
}

func (q *Queue[T]) Enqueue(v T) { q.in.Push(v) }

func (q *Queue[T]) Dequeue() (T, error) {
	if q.out.Len() == 0 {
		for q.in.Len() > 0 {
			v, _ := q.in.Pop()
			q.out.Push(v)
		}
	}
	return q.out.Pop()
}

type Set[T comparable] map[T]struct{}

func NewSet[T comparable](vs ...T) Set[T] {
	s := Set[T]{}
	for _, v := range vs {
		s[v] = struct{}{}
	}
	return s
}

func (s Set[T]) Has(v T) bool { _, ok := s[v]; return ok }

func Union[T comparable](a, b Set[T]) Set[T] {
	out := NewSet[T]()
	for k := range a {
		out[k] = struct{}{}
	}
	for k := range b {
		out[k] = struct{}{}
	}
	return out
}

type Container[T any] interface {
	Len() int
}

func report[T any](name string, c Container[T]) {
	fmt.Printf("%s has %d items (%T)\n", name, c.Len(), c)
}

func main() {
	var st Stack[string]
	st.Push("a", "b", "c")
	for {
		v, err := st.Pop()
		if err != nil {
			fmt.Println("stop:", err)
			break
		}
		fmt.Print(v, " ")
	}
	q := &Queue[float64]{}
	for _, f := range []float64{1.5, 2.5, 3.5} {
		q.Enqueue(f)
	}
	a, _ := q.Dequeue()
	q.Enqueue(9)
	b, _ := q.Dequeue()
	c, _ := q.Dequeue()
	d, _ := q.Dequeue()
	_, err := q.Dequeue()
	fmt.Println(a, b, c, d, err)

	s1 := NewSet(1, 2, 3)
	s2 := NewSet(3, 4)
	u := Union(s1, s2)
	fmt.Println(len(u), u.Has(4), u.Has(7), u)
	report[int]("stack", Stack[int]{items: []int{1, 2}})
	fmt.Printf("%v %+v\n", st, Stack[int]{items: []int{5}})
}

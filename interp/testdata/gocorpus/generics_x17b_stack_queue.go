package main

import (
	"errors"
	"fmt"
	"iter"
)

type Stack[T any] struct {
	items []T
}

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func (s *Stack[T]) Pop() (T, error) {
	var zero T
	if len(s.items) == 0 {
		return zero, errors.New("empty stack")
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, nil
}

func (s *Stack[T]) Len() int { return len(s.items) }

func (s *Stack[T]) All() iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		for i := len(s.items) - 1; i >= 0; i-- {
			if !yield(len(s.items)-1-i, s.items[i]) {
				return
			}
		}
	}
}

type Queue[T any] struct {
	head, tail []T
}

func (q *Queue[T]) Enqueue(v T) { q.tail = append(q.tail, v) }
func (q *Queue[T]) Dequeue() (T, bool) {
	if len(q.head) == 0 {
		for len(q.tail) > 0 {
			n := len(q.tail) - 1
			q.head = append(q.head, q.tail[n])
			q.tail = q.tail[:n]
		}
	}
	var zero T
	if len(q.head) == 0 {
		return zero, false
	}
	n := len(q.head) - 1
	v := q.head[n]
	q.head = q.head[:n]
	return v, true
}

type Container[T any] interface {
	Push(T)
	Len() int
}

func Fill[T any, C Container[T]](c C, vs ...T) C {
	for _, v := range vs {
		c.Push(v)
	}
	return c
}

func main() {
	s := &Stack[string]{}
	Fill[string](s, "a", "b", "c")
	fmt.Println(s.Len())
	for i, v := range s.All() {
		fmt.Println(i, v)
	}
	for i, v := range s.All() {
		if i == 1 {
			break
		}
		fmt.Println("first", v)
	}
	for s.Len() > 0 {
		v, _ := s.Pop()
		fmt.Print(v)
	}
	fmt.Println()
	_, err := s.Pop()
	fmt.Println(err)
	var q Queue[[2]int]
	q.Enqueue([2]int{1, 2})
	q.Enqueue([2]int{3, 4})
	a, _ := q.Dequeue()
	q.Enqueue([2]int{5, 6})
	b, _ := q.Dequeue()
	c, _ := q.Dequeue()
	_, ok := q.Dequeue()
	fmt.Println(a, b, c, ok)
	fmt.Printf("%T %+v\n", s, *s)
	ns := Stack[float64]{items: []float64{1.5}}
	fmt.Printf("%v %T\n", ns, ns)
}

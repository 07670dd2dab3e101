// Exercises: generic Stack and Queue with comma-ok Pop, generic type instantiated with another generic type
package main

import "fmt"

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
func (s Stack[T]) Len() int { return len(s.items) }

type Queue[T any] struct{ in, out Stack[T] }

func (q *Queue[T]) Enqueue(v T) { q.in.Push(v) }
func (q *Queue[T]) Dequeue() (T, bool) {
	if q.out.Len() == 0 {
		for {
			v, ok := q.in.Pop()
			if !ok {
				break
			}
			q.out.Push(v)
		}
	}
	return q.out.Pop()
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func main() {
	var s Stack[string]
	s.Push("a")
	s.Push("b")
	v, ok := s.Pop()
	fmt.Println(v, ok, s.Len())
	var q Queue[Pair[string, int]]
	q.Enqueue(Pair[string, int]{"x", 1})
	q.Enqueue(Pair[string, int]{"y", 2})
	q.Enqueue(Pair[string, int]{"z", 3})
	for {
		p, ok := q.Dequeue()
		if !ok {
			break
		}
		fmt.Printf("%s=%d %+v\n", p.Key, p.Val, p)
	}
	_, ok = q.Dequeue()
	fmt.Println("empty:", !ok)
	var ss Stack[Stack[int]]
	ss.Push(Stack[int]{items: []int{1, 2}})
	inner, _ := ss.Pop()
	fmt.Println(inner.Len(), inner.items)
}

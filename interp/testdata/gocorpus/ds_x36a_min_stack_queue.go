package main

import (
	"errors"
	"fmt"
)

var ErrEmpty = errors.New("empty")

type Stack[T any] struct {
	items []T
}

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

func (s *Stack[T]) Peek() (T, bool) {
	if len(s.items) == 0 {
		var zero T
		return zero, false
	}
	return s.items[len(s.items)-1], true
}

func (s Stack[T]) Len() int { return len(s.items) }

// MinStack supports getMin in O(1).
type MinStack struct {
	vals, mins Stack[int]
}

func (m *MinStack) Push(x int) {
	m.vals.Push(x)
	if cur, ok := m.mins.Peek(); !ok || x <= cur {
		m.mins.Push(x)
	}
}

func (m *MinStack) Pop() {
	v, err := m.vals.Pop()
	if err != nil {
		return
	}
	if cur, _ := m.mins.Peek(); cur == v {
		m.mins.Pop()
	}
}

func (m *MinStack) Top() int    { v, _ := m.vals.Peek(); return v }
func (m *MinStack) GetMin() int { v, _ := m.mins.Peek(); return v }

// Queue implemented with two stacks (amortized O(1)).
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
	v, err := q.out.Pop()
	if err != nil {
		return v, fmt.Errorf("dequeue: %w", err)
	}
	return v, nil
}

func (q *Queue[T]) Len() int { return q.in.Len() + q.out.Len() }

func main() {
	var ms MinStack
	for _, x := range []int{-2, 0, -3} {
		ms.Push(x)
	}
	fmt.Println(ms.GetMin())
	ms.Pop()
	fmt.Println(ms.Top(), ms.GetMin())
	ms.Pop()
	ms.Pop()
	ms.Pop()
	fmt.Println(ms.vals.Len(), ms.mins.Len())

	q := &Queue[string]{}
	q.Enqueue("a")
	q.Enqueue("b")
	v, _ := q.Dequeue()
	q.Enqueue("c")
	fmt.Print(v, " ")
	for q.Len() > 0 {
		v, _ := q.Dequeue()
		fmt.Print(v, " ")
	}
	fmt.Println()
	_, err := q.Dequeue()
	fmt.Println(err, errors.Is(err, ErrEmpty))

	var sp Stack[[2]int]
	sp.Push([2]int{1, 2})
	top, ok := sp.Peek()
	fmt.Printf("%v %v %T %+v\n", top, ok, sp, sp)
	s2 := Stack[float64]{}
	_, err = s2.Pop()
	fmt.Println(err == ErrEmpty)
}

package main

import (
	"container/list"
	"errors"
	"fmt"
)

type Stack[T any] struct {
	items []T
}

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func (s *Stack[T]) Pop() (T, error) {
	var zero T
	if len(s.items) == 0 {
		return zero, errors.New("pop from empty stack")
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, nil
}

func (s *Stack[T]) Len() int { return len(s.items) }

type Queue[T any] struct {
	l *list.List
}

func NewQueue[T any]() *Queue[T] { return &Queue[T]{l: list.New()} }

func (q *Queue[T]) Enqueue(v T) { q.l.PushBack(v) }

func (q *Queue[T]) Dequeue() (T, bool) {
	var zero T
	front := q.l.Front()
	if front == nil {
		return zero, false
	}
	q.l.Remove(front)
	return front.Value.(T), true
}

func balanced(s string) bool {
	pairs := map[rune]rune{')': '(', ']': '[', '}': '{'}
	var st Stack[rune]
	for _, r := range s {
		switch r {
		case '(', '[', '{':
			st.Push(r)
		case ')', ']', '}':
			top, err := st.Pop()
			if err != nil || top != pairs[r] {
				return false
			}
		}
	}
	return st.Len() == 0
}

func main() {
	var s Stack[int]
	for i := 1; i <= 4; i++ {
		s.Push(i * 10)
	}
	for {
		v, err := s.Pop()
		if err != nil {
			fmt.Println("done:", err)
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()

	q := NewQueue[string]()
	for _, name := range []string{"ann", "ben", "cat"} {
		q.Enqueue(name)
	}
	for v, ok := q.Dequeue(); ok; v, ok = q.Dequeue() {
		fmt.Println("serving", v)
	}

	for _, expr := range []string{"(a[b]{c})", "((", "{[}]", "", "f(x) = [1, 2]"} {
		fmt.Printf("%-15q balanced=%v\n", expr, balanced(expr))
	}
}

// Exercises: two generic types whose methods share names (Push, Pop, Len, String), instantiated with the same type arguments, in one program
package main

import (
	"fmt"
	"strings"
)

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(x T) { s.items = append(s.items, x) }
func (s *Stack[T]) Len() int { return len(s.items) }
func (s *Stack[T]) Pop() T {
	x := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return x
}
func (s *Stack[T]) String() string { return fmt.Sprint("stack", s.items) }

type Queue[T any] struct {
	items []T
	head  int
}

func (q *Queue[T]) Push(x T) { q.items = append(q.items, x) }
func (q *Queue[T]) Len() int { return len(q.items) - q.head }
func (q *Queue[T]) Pop() T   { q.head++; return q.items[q.head-1] }
func (q *Queue[T]) String() string {
	return fmt.Sprint("queue", q.items[q.head:])
}

type Deque[T any] struct{ front, back []T }

func (d *Deque[T]) Push(x T) { d.back = append(d.back, x) }
func (d *Deque[T]) Len() int { return len(d.front) + len(d.back) }

func main() {
	s := &Stack[int]{}
	q := &Queue[int]{}
	d := &Deque[int]{}
	for i := 1; i <= 3; i++ {
		s.Push(i)
		q.Push(i * 10)
		d.Push(i * 100)
	}
	fmt.Println(s.Len(), q.Len(), d.Len(), s.Pop(), q.Pop(), s, q)
	words := &Stack[string]{}
	line := &Queue[string]{}
	for _, w := range strings.Fields("to be or not") {
		words.Push(w)
		line.Push(strings.ToUpper(w))
	}
	fmt.Println(words.Pop(), line.Pop(), words.Len(), line.Len(), words, line)
}

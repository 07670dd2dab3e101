package main

import (
	"errors"
	"fmt"
	"strings"
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

func (s *Stack[T]) Peek() (T, bool) {
	if len(s.items) == 0 {
		var zero T
		return zero, false
	}
	return s.items[len(s.items)-1], true
}

func (s *Stack[T]) Len() int    { return len(s.items) }
func (s *Stack[T]) Empty() bool { return len(s.items) == 0 }

// Queue as a ring buffer that grows.
type Queue[T any] struct {
	buf        []T
	head, size int
}

func (q *Queue[T]) Enqueue(v T) {
	if q.size == len(q.buf) {
		nb := make([]T, max(4, 2*len(q.buf)))
		for i := 0; i < q.size; i++ {
			nb[i] = q.buf[(q.head+i)%len(q.buf)]
		}
		q.buf, q.head = nb, 0
	}
	q.buf[(q.head+q.size)%len(q.buf)] = v
	q.size++
}

func (q *Queue[T]) Dequeue() (T, error) {
	var zero T
	if q.size == 0 {
		return zero, ErrEmpty
	}
	v := q.buf[q.head]
	q.buf[q.head] = zero
	q.head = (q.head + 1) % len(q.buf)
	q.size--
	return v, nil
}

func (q *Queue[T]) String() string {
	parts := make([]string, q.size)
	for i := range q.size {
		parts[i] = fmt.Sprint(q.buf[(q.head+i)%len(q.buf)])
	}
	return "Queue[" + strings.Join(parts, " ") + "]"
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
	return st.Empty()
}

func main() {
	var s Stack[int]
	s.Push(1, 2, 3)
	top, _ := s.Peek()
	fmt.Println("len", s.Len(), "top", top)
	for !s.Empty() {
		v, _ := s.Pop()
		fmt.Print(v, " ")
	}
	fmt.Println()
	_, err := s.Pop()
	fmt.Println("pop empty:", err)

	q := &Queue[string]{}
	for _, w := range strings.Fields("the quick brown fox jumps over") {
		q.Enqueue(w)
	}
	a, _ := q.Dequeue()
	b, _ := q.Dequeue()
	q.Enqueue("the")
	q.Enqueue("lazy")
	q.Enqueue("dog")
	fmt.Println(a, b, q)
	fmt.Printf("%v %d\n", q, q.size)

	for _, t := range []string{"([]{})", "([)]", "((", "", "{[()()]}"} {
		fmt.Printf("%-10q balanced=%t\n", t, balanced(t))
	}
	var ps Stack[[2]int]
	ps.Push([2]int{1, 2})
	fmt.Printf("%+v %T\n", ps, ps)
}

// Exercises: a generic Stack and a ring-buffer Queue as user types, pointer receivers, Stringer, errors
package main

import (
	"errors"
	"fmt"
)

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

var ErrFull = errors.New("queue full")

type Queue struct {
	buf        [4]int
	head, size int
}

func (q *Queue) Put(v int) error {
	if q.size == len(q.buf) {
		return fmt.Errorf("put %d: %w", v, ErrFull)
	}
	q.buf[(q.head+q.size)%len(q.buf)] = v
	q.size++
	return nil
}

func (q *Queue) Get() (int, bool) {
	if q.size == 0 {
		return 0, false
	}
	v := q.buf[q.head]
	q.head = (q.head + 1) % len(q.buf)
	q.size--
	return v, true
}

func (q Queue) String() string { return fmt.Sprintf("Queue(%d items from %d)", q.size, q.head) }

func main() {
	var s Stack[string]
	for _, w := range []string{"a", "b", "c"} {
		s.Push(w)
	}
	for v, ok := s.Pop(); ok; v, ok = s.Pop() {
		fmt.Print(v)
	}
	fmt.Println()
	q := &Queue{}
	for i := 1; i <= 5; i++ {
		if err := q.Put(i * 10); err != nil {
			fmt.Println(err, errors.Is(err, ErrFull))
		}
	}
	a, _ := q.Get()
	b, _ := q.Get()
	q.Put(99)
	fmt.Println(a, b, q, *q)
	fmt.Printf("%v %+v\n", q.buf, s)
}

package main

import (
	"errors"
	"fmt"
)

var (
	ErrUnderflow = errors.New("underflow")
	ErrOverflow  = errors.New("overflow")
)

type Stack[T any] struct {
	items []T
	cap   int
}

func (s *Stack[T]) Push(x T) {
	if len(s.items) == s.cap {
		panic(fmt.Errorf("push %v: %w", x, ErrOverflow))
	}
	s.items = append(s.items, x)
}

func (s *Stack[T]) Pop() T {
	if len(s.items) == 0 {
		panic(ErrUnderflow)
	}
	x := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return x
}

// Queue is the circular array queue of CLRS 10.1 (one slot kept empty).
type Queue struct {
	q          []int
	head, tail int
}

func NewQueue(n int) *Queue { return &Queue{q: make([]int, n+1)} }

func (q *Queue) Enqueue(x int) error {
	if (q.tail+1)%len(q.q) == q.head {
		return fmt.Errorf("enqueue %d: %w", x, ErrOverflow)
	}
	q.q[q.tail] = x
	q.tail = (q.tail + 1) % len(q.q)
	return nil
}

func (q *Queue) Dequeue() (int, error) {
	if q.head == q.tail {
		return 0, ErrUnderflow
	}
	x := q.q[q.head]
	q.head = (q.head + 1) % len(q.q)
	return x, nil
}

func safely(name string, f func()) (err error) {
	defer func() {
		if r := recover(); r != nil {
			e, ok := r.(error)
			if !ok {
				e = fmt.Errorf("%v", r)
			}
			err = fmt.Errorf("%s: %w", name, e)
		}
	}()
	f()
	return nil
}

func main() {
	s := &Stack[string]{cap: 3}
	err := safely("fill", func() {
		for _, w := range []string{"a", "b", "c", "d"} {
			s.Push(w)
			fmt.Println("pushed", w, s.items)
		}
	})
	fmt.Println(err, errors.Is(err, ErrOverflow))
	err = safely("drain", func() {
		for {
			fmt.Print(s.Pop(), " ")
		}
	})
	fmt.Println()
	fmt.Println(err, errors.Is(err, ErrUnderflow))

	q := NewQueue(4)
	for i := 1; i <= 5; i++ {
		if err := q.Enqueue(i * 10); err != nil {
			fmt.Println("error:", err)
		}
	}
	for i := 0; i < 2; i++ {
		x, _ := q.Dequeue()
		fmt.Println("dequeued", x)
	}
	q.Enqueue(60)
	q.Enqueue(70)
	fmt.Printf("%+v\n", *q)
	for {
		x, err := q.Dequeue()
		if err != nil {
			fmt.Println("stop:", err)
			break
		}
		fmt.Print(x, " ")
	}
}

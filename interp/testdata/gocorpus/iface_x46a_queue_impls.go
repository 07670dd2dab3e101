package main

import (
	"errors"
	"fmt"
)

type Queue[T any] interface {
	Enqueue(T)
	Dequeue() (T, error)
	Len() int
}

var errEmpty = errors.New("empty queue")

type SliceQueue[T any] struct{ items []T }

func (q *SliceQueue[T]) Enqueue(v T) { q.items = append(q.items, v) }
func (q *SliceQueue[T]) Dequeue() (T, error) {
	var zero T
	if len(q.items) == 0 {
		return zero, errEmpty
	}
	v := q.items[0]
	q.items = q.items[1:]
	return v, nil
}
func (q *SliceQueue[T]) Len() int { return len(q.items) }

type lnode[T any] struct {
	v    T
	next *lnode[T]
}

type LinkedQueue[T any] struct {
	front, back *lnode[T]
	n           int
}

func (q *LinkedQueue[T]) Enqueue(v T) {
	nd := &lnode[T]{v: v}
	if q.back == nil {
		q.front, q.back = nd, nd
	} else {
		q.back.next = nd
		q.back = nd
	}
	q.n++
}

func (q *LinkedQueue[T]) Dequeue() (T, error) {
	if q.front == nil {
		var zero T
		return zero, fmt.Errorf("linked queue: %w", errEmpty)
	}
	v := q.front.v
	q.front = q.front.next
	if q.front == nil {
		q.back = nil
	}
	q.n--
	return v, nil
}
func (q *LinkedQueue[T]) Len() int { return q.n }

// TwoStackQueue implements Queue with two slices used as stacks.
type TwoStackQueue[T any] struct{ in, out []T }

func (q *TwoStackQueue[T]) Enqueue(v T) { q.in = append(q.in, v) }
func (q *TwoStackQueue[T]) Dequeue() (T, error) {
	if len(q.out) == 0 {
		for len(q.in) > 0 {
			n := len(q.in) - 1
			q.out = append(q.out, q.in[n])
			q.in = q.in[:n]
		}
	}
	if len(q.out) == 0 {
		var zero T
		return zero, errEmpty
	}
	n := len(q.out) - 1
	v := q.out[n]
	q.out = q.out[:n]
	return v, nil
}
func (q *TwoStackQueue[T]) Len() int { return len(q.in) + len(q.out) }

func exercise(q Queue[string]) {
	for _, s := range []string{"red", "green", "blue"} {
		q.Enqueue(s)
	}
	first, _ := q.Dequeue()
	q.Enqueue("yellow")
	fmt.Printf("%-28T first=%-5s len=%d drained:", q, first, q.Len())
	for {
		v, err := q.Dequeue()
		if err != nil {
			fmt.Printf(" [%v, is errEmpty=%t]\n", err, errors.Is(err, errEmpty))
			return
		}
		fmt.Print(" ", v)
	}
}

func describe(q any) string {
	switch q := q.(type) {
	case *SliceQueue[string]:
		return fmt.Sprintf("slice-backed cap=%d", cap(q.items))
	case *LinkedQueue[string]:
		return fmt.Sprintf("linked front=%v", q.front)
	case interface{ Len() int }:
		return fmt.Sprintf("some queue with len %d", q.Len())
	default:
		return "unknown"
	}
}

func main() {
	queues := []Queue[string]{&SliceQueue[string]{}, &LinkedQueue[string]{}, &TwoStackQueue[string]{}}
	for _, q := range queues {
		exercise(q)
	}
	for _, q := range queues {
		fmt.Println(describe(q))
	}
	fmt.Println(describe(42))
	var iq Queue[int] = &TwoStackQueue[int]{}
	for i := range 5 {
		iq.Enqueue(i * i)
	}
	v, _ := iq.Dequeue()
	fmt.Printf("%v %+v\n", v, iq)
}

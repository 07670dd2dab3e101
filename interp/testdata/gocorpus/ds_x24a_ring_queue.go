package main

import (
	"errors"
	"fmt"
)

type Queue[T any] interface {
	Enqueue(T) error
	Dequeue() (T, error)
	Len() int
}

var (
	ErrFull  = errors.New("queue full")
	ErrEmpty = errors.New("queue empty")
)

type Ring[T any] struct {
	buf        []T
	head, size int
}

func NewRing[T any](n int) *Ring[T] { return &Ring[T]{buf: make([]T, n)} }

func (r *Ring[T]) Enqueue(v T) error {
	if r.size == len(r.buf) {
		return fmt.Errorf("enqueue %v: %w", v, ErrFull)
	}
	r.buf[(r.head+r.size)%len(r.buf)] = v
	r.size++
	return nil
}

func (r *Ring[T]) Dequeue() (T, error) {
	var zero T
	if r.size == 0 {
		return zero, ErrEmpty
	}
	v := r.buf[r.head]
	r.buf[r.head] = zero
	r.head = (r.head + 1) % len(r.buf)
	r.size--
	return v, nil
}

func (r *Ring[T]) Len() int { return r.size }

type TwoStack[T any] struct{ in, out []T }

func (q *TwoStack[T]) Enqueue(v T) error { q.in = append(q.in, v); return nil }
func (q *TwoStack[T]) Dequeue() (T, error) {
	if len(q.out) == 0 {
		for len(q.in) > 0 {
			n := len(q.in) - 1
			q.out = append(q.out, q.in[n])
			q.in = q.in[:n]
		}
	}
	if len(q.out) == 0 {
		var zero T
		return zero, ErrEmpty
	}
	v := q.out[len(q.out)-1]
	q.out = q.out[:len(q.out)-1]
	return v, nil
}
func (q *TwoStack[T]) Len() int { return len(q.in) + len(q.out) }

func exercise(name string, q Queue[int]) {
	var errs []error
	for i := 1; i <= 5; i++ {
		if err := q.Enqueue(i * i); err != nil {
			errs = append(errs, err)
		}
	}
	a, _ := q.Dequeue()
	b, _ := q.Dequeue()
	q.Enqueue(100)
	fmt.Printf("%-8s %T first=%d,%d len=%d\n", name, q, a, b, q.Len())
	for {
		v, err := q.Dequeue()
		if errors.Is(err, ErrEmpty) {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	if err := errors.Join(errs...); err != nil {
		fmt.Printf("errors: %q full=%t\n", err.Error(), errors.Is(err, ErrFull))
	}
}

func main() {
	exercise("ring", NewRing[int](4))
	exercise("twostack", &TwoStack[int]{})
	r := NewRing[string](2)
	fmt.Println(r.Enqueue("x"), r.Enqueue("y"), r.Enqueue("z"))
	fmt.Printf("%v %d %q\n", r.buf, r.head, r.buf)
}

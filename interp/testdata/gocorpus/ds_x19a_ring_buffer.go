package main

import (
	"errors"
	"fmt"
	"iter"
)

var ErrEmpty = errors.New("ring: empty")

type Ring[T any] struct {
	buf        []T
	head, size int
	overwrite  bool
	dropped    int
}

func NewRing[T any](n int, overwrite bool) *Ring[T] {
	return &Ring[T]{buf: make([]T, n), overwrite: overwrite}
}

func (r *Ring[T]) Push(v T) bool {
	if r.size == len(r.buf) {
		if !r.overwrite {
			r.dropped++
			return false
		}
		r.buf[r.head] = v
		r.head = (r.head + 1) % len(r.buf)
		r.dropped++
		return true
	}
	r.buf[(r.head+r.size)%len(r.buf)] = v
	r.size++
	return true
}

func (r *Ring[T]) Pop() (T, error) {
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

func (r *Ring[T]) All() iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		for i := 0; i < r.size; i++ {
			if !yield(i, r.buf[(r.head+i)%len(r.buf)]) {
				return
			}
		}
	}
}

type Stats struct{ Min, Max, Sum float64 }

func summarize(r *Ring[float64]) (s Stats) {
	first := true
	for _, v := range r.All() {
		if first || v < s.Min {
			s.Min = v
		}
		if first || v > s.Max {
			s.Max = v
		}
		s.Sum += v
		first = false
	}
	return
}

func main() {
	r := NewRing[float64](4, true)
	for i := 1; i <= 7; i++ {
		r.Push(float64(i) * 1.5)
		fmt.Printf("after %d: %+v\n", i, summarize(r))
	}
	fmt.Println("dropped", r.dropped)
	for i, v := range r.All() {
		if i == 2 {
			break
		}
		fmt.Println(i, v)
	}
	q := NewRing[string](2, false)
	fmt.Println(q.Push("a"), q.Push("b"), q.Push("c"))
	for {
		v, err := q.Pop()
		if errors.Is(err, ErrEmpty) {
			fmt.Println("done:", err)
			break
		}
		fmt.Println("pop", v)
	}
	fmt.Printf("%q %d\n", q.buf, q.dropped)
}

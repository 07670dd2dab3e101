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
}

func NewRing[T any](n int) *Ring[T] { return &Ring[T]{buf: make([]T, n)} }

func (r *Ring[T]) Push(v T) (evicted T, didEvict bool) {
	idx := (r.head + r.size) % len(r.buf)
	if r.size == len(r.buf) {
		evicted, didEvict = r.buf[r.head], true
		r.buf[r.head] = v
		r.head = (r.head + 1) % len(r.buf)
		return
	}
	r.buf[idx] = v
	r.size++
	return
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
		for i := range r.size {
			if !yield(i, r.buf[(r.head+i)%len(r.buf)]) {
				return
			}
		}
	}
}

func (r *Ring[T]) String() string {
	s := "["
	for i, v := range r.All() {
		if i > 0 {
			s += " "
		}
		s += fmt.Sprint(v)
	}
	return s + "]"
}

type movingAvg struct {
	r   *Ring[float64]
	sum float64
}

func (m *movingAvg) Add(x float64) float64 {
	if old, ok := m.r.Push(x); ok {
		m.sum -= old
	}
	m.sum += x
	return m.sum / float64(m.r.size)
}

func main() {
	r := NewRing[string](3)
	for _, s := range []string{"a", "b", "c", "d", "e"} {
		if ev, ok := r.Push(s); ok {
			fmt.Println("evicted", ev)
		}
	}
	fmt.Println(r, r.size)
	for {
		v, err := r.Pop()
		if errors.Is(err, ErrEmpty) {
			fmt.Println("done:", err)
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println(r)

	ma := &movingAvg{r: NewRing[float64](4)}
	for _, x := range []float64{1, 2, 3, 4, 5, 6, 10} {
		fmt.Printf("%.2f ", ma.Add(x))
	}
	fmt.Println()
	fmt.Printf("%v %+v\n", ma.r, *NewRing[int](2))
}

package main

import (
	"errors"
	"fmt"
)

type Ring[T any] struct {
	buf        []T
	head, size int
}

var ErrEmpty = errors.New("ring: empty")

func NewRing[T any](n int) *Ring[T] { return &Ring[T]{buf: make([]T, n)} }

func (r *Ring[T]) Push(v T) (evicted T, ok bool) {
	if r.size == len(r.buf) {
		evicted, ok = r.buf[r.head], true
		r.buf[r.head] = v
		r.head = (r.head + 1) % len(r.buf)
		return
	}
	r.buf[(r.head+r.size)%len(r.buf)] = v
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

func (r *Ring[T]) Each(f func(int, T)) {
	for i := 0; i < r.size; i++ {
		f(i, r.buf[(r.head+i)%len(r.buf)])
	}
}

func (r *Ring[T]) Slice() []T {
	out := make([]T, 0, r.size)
	r.Each(func(_ int, v T) { out = append(out, v) })
	return out
}

type MovingAvg struct {
	*Ring[float64]
	sum float64
}

func (m *MovingAvg) Add(x float64) float64 {
	if old, ok := m.Push(x); ok {
		m.sum -= old
	}
	m.sum += x
	return m.sum / float64(m.size)
}

func main() {
	r := NewRing[string](3)
	for _, s := range []string{"a", "b", "c", "d", "e"} {
		if ev, ok := r.Push(s); ok {
			fmt.Println("evicted", ev)
		}
	}
	fmt.Println(r.Slice(), r.size, r.head)
	for {
		v, err := r.Pop()
		if err != nil {
			fmt.Println(err, errors.Is(err, ErrEmpty))
			break
		}
		fmt.Print(v, " ")
	}
	ma := &MovingAvg{Ring: NewRing[float64](4)}
	for _, x := range []float64{10, 20, 30, 40, 50, 60, 5} {
		fmt.Printf("%.2f ", ma.Add(x))
	}
	fmt.Println()
	fmt.Println(ma.Slice(), fmt.Sprintf("%T", ma.Ring))
}

package main

import (
	"fmt"
	"iter"
)

type Ring[T any] struct {
	buf   []T
	start int
	n     int
}

func NewRing[T any](cap int) *Ring[T] { return &Ring[T]{buf: make([]T, cap)} }

func (r *Ring[T]) Push(v T) {
	if r.n < len(r.buf) {
		r.buf[(r.start+r.n)%len(r.buf)] = v
		r.n++
		return
	}
	r.buf[r.start] = v
	r.start = (r.start + 1) % len(r.buf)
}

func (r *Ring[T]) All() iter.Seq[T] {
	return func(yield func(T) bool) {
		for i := 0; i < r.n; i++ {
			if !yield(r.buf[(r.start+i)%len(r.buf)]) {
				return
			}
		}
	}
}

func (r *Ring[T]) Len() int { return r.n }

type MovingAvg struct {
	*Ring[float64]
}

func (m MovingAvg) Mean() float64 {
	s := 0.0
	for v := range m.All() {
		s += v
	}
	return s / float64(m.Len())
}

func main() {
	losses := []float64{2.3, 1.9, 1.7, 1.2, 1.3, 0.9, 0.8, 0.85, 0.6, 0.55}
	ma := MovingAvg{NewRing[float64](4)}
	for i, l := range losses {
		ma.Push(l)
		fmt.Printf("step %d loss=%.4f avg4=%.4f\n", i, l, ma.Mean())
	}
	r := NewRing[string](3)
	for _, s := range []string{"a", "b", "c", "d", "e"} {
		r.Push(s)
	}
	for s := range r.All() {
		fmt.Print(s)
		if s == "d" {
			break
		}
	}
	fmt.Println()
	fmt.Println(r.Len(), r.buf, r.start)
}

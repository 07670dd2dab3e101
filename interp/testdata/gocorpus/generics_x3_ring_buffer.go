// Exercises: a generic fixed-size ring buffer with overwrite, a method returning iter.Seq2, zero values of T
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

func NewRing[T any](size int) *Ring[T] { return &Ring[T]{buf: make([]T, size)} }

func (r *Ring[T]) Put(v T) {
	r.buf[(r.start+r.n)%len(r.buf)] = v
	if r.n < len(r.buf) {
		r.n++
	} else {
		r.start = (r.start + 1) % len(r.buf)
	}
}

func (r *Ring[T]) Items() iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		for i := 0; i < r.n; i++ {
			if !yield(i, r.buf[(r.start+i)%len(r.buf)]) {
				return
			}
		}
	}
}

func main() {
	losses := NewRing[float64](3)
	for _, l := range []float64{0.9, 0.7, 0.5, 0.4, 0.35} {
		losses.Put(l)
	}
	for i, v := range losses.Items() {
		fmt.Println(i, v)
	}
	names := NewRing[string](2)
	names.Put("a")
	fmt.Printf("%q %d\n", names.buf, names.n)
}

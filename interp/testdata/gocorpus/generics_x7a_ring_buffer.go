// Exercises: generic fixed-size ring buffer with overwrite, All() iter.Seq2 in insertion order, generic Last(n) returning a fresh slice, zero-value reset with clear
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

func (r *Ring[T]) Put(v T) (evicted T, full bool) {
	if r.n < len(r.buf) {
		r.buf[(r.start+r.n)%len(r.buf)] = v
		r.n++
		return evicted, false
	}
	evicted = r.buf[r.start]
	r.buf[r.start] = v
	r.start = (r.start + 1) % len(r.buf)
	return evicted, true
}

func (r *Ring[T]) All() iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		for i := range r.n {
			if !yield(i, r.buf[(r.start+i)%len(r.buf)]) {
				return
			}
		}
	}
}

func (r *Ring[T]) Last(k int) []T {
	k = min(k, r.n)
	out := make([]T, 0, k)
	for i, v := range r.All() {
		if i >= r.n-k {
			out = append(out, v)
		}
	}
	return out
}

func (r *Ring[T]) Reset() {
	clear(r.buf)
	r.start, r.n = 0, 0
}

func main() {
	r := NewRing[string](3)
	for _, w := range []string{"a", "b", "c", "d", "e"} {
		if old, full := r.Put(w); full {
			fmt.Println("evicted", old)
		}
	}
	for i, v := range r.All() {
		fmt.Print(i, "=", v, " ")
	}
	fmt.Println()
	fmt.Println(r.Last(2), r.Last(10), len(r.buf))
	r.Reset()
	fmt.Printf("%q %d %v\n", r.buf, r.n, NewRing[float64](2).Last(5))
}

// Exercises: generic fixed-size ring buffer with zero values.
package main

import "fmt"

type Ring[T any] struct {
	buf   []T
	start int
	n     int
}

func NewRing[T any](size int) *Ring[T] { return &Ring[T]{buf: make([]T, size)} }

func (r *Ring[T]) Add(v T) {
	idx := (r.start + r.n) % len(r.buf)
	r.buf[idx] = v
	if r.n < len(r.buf) {
		r.n++
	} else {
		r.start = (r.start + 1) % len(r.buf)
	}
}

func (r *Ring[T]) Items() []T {
	out := make([]T, r.n)
	for i := range r.n {
		out[i] = r.buf[(r.start+i)%len(r.buf)]
	}
	return out
}

func main() {
	r := NewRing[int](3)
	for i := 1; i <= 5; i++ {
		r.Add(i)
		fmt.Println(r.Items())
	}
	s := NewRing[string](2)
	s.Add("a")
	fmt.Printf("%q %q\n", s.Items(), s.buf)
}

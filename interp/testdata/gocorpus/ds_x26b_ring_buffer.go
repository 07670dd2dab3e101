package main

import (
	"errors"
	"fmt"
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

func (r *Ring[T]) Each(f func(int, T)) {
	for i := range r.size {
		f(i, r.buf[(r.head+i)%len(r.buf)])
	}
}

func (r *Ring[T]) Slice() []T {
	out := make([]T, 0, r.size)
	r.Each(func(_ int, v T) { out = append(out, v) })
	return out
}

type Stats struct{ sum, n float64 }

func (s *Stats) Add(x float64) { s.sum += x; s.n++ }
func (s Stats) Mean() float64  { return s.sum / s.n }

func movingAverage(xs []float64, window int) []float64 {
	r := NewRing[float64](window, true)
	var out []float64
	for _, x := range xs {
		r.Push(x)
		var st Stats
		r.Each(func(_ int, v float64) { st.Add(v) })
		out = append(out, st.Mean())
	}
	return out
}

func main() {
	r := NewRing[string](3, false)
	for _, s := range []string{"a", "b", "c", "d"} {
		fmt.Print(r.Push(s), " ")
	}
	fmt.Println(r.Slice(), r.dropped)
	v, _ := r.Pop()
	r.Push("e")
	fmt.Println(v, r.Slice(), r.head)
	for {
		v, err := r.Pop()
		if errors.Is(err, ErrEmpty) {
			fmt.Println("drained:", err)
			break
		}
		fmt.Print(v, ";")
	}
	fmt.Printf("%.3f\n", movingAverage([]float64{1, 2, 3, 4, 10, 20, 5}, 3))
	ow := NewRing[[2]int](2, true)
	for i := range 5 {
		ow.Push([2]int{i, i * i})
	}
	fmt.Println(ow.Slice(), ow.dropped, ow.buf)
}

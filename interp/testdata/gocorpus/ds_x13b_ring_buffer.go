package main

import (
	"errors"
	"fmt"
)

var ErrEmpty = errors.New("ring: empty")

type Ring[T any] struct {
	buf   []T
	start int
	size  int
}

func NewRing[T any](capacity int) *Ring[T] {
	return &Ring[T]{buf: make([]T, capacity)}
}

func (r *Ring[T]) Push(v T) (evicted T, didEvict bool) {
	if r.size == len(r.buf) {
		evicted = r.buf[r.start]
		r.buf[r.start] = v
		r.start = (r.start + 1) % len(r.buf)
		return evicted, true
	}
	r.buf[(r.start+r.size)%len(r.buf)] = v
	r.size++
	return
}

func (r *Ring[T]) Pop() (T, error) {
	var zero T
	if r.size == 0 {
		return zero, ErrEmpty
	}
	v := r.buf[r.start]
	r.buf[r.start] = zero
	r.start = (r.start + 1) % len(r.buf)
	r.size--
	return v, nil
}

func (r *Ring[T]) Slice() []T {
	out := make([]T, r.size)
	for i := range out {
		out[i] = r.buf[(r.start+i)%len(r.buf)]
	}
	return out
}

type MovingAvg struct {
	r   *Ring[float64]
	sum float64
}

func (m *MovingAvg) Add(x float64) float64 {
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
			fmt.Printf("push %s evicts %s\n", s, ev)
		}
	}
	fmt.Println(r.Slice(), r.size, r.start)
	for {
		v, err := r.Pop()
		if errors.Is(err, ErrEmpty) {
			fmt.Println("drained:", err)
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println(r.Slice(), len(r.Slice()))
	ma := &MovingAvg{r: NewRing[float64](4)}
	for _, x := range []float64{10, 20, 30, 40, 50, 60, 10} {
		fmt.Printf("%.2f ", ma.Add(x))
	}
	fmt.Println()
	type event struct {
		id   int
		name string
	}
	er := NewRing[event](2)
	er.Push(event{1, "start"})
	er.Push(event{2, "tick"})
	old, _ := er.Push(event{3, "stop"})
	fmt.Printf("%+v %v\n", old, er.Slice())
}

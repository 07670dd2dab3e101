package main

import (
	"container/ring"
	"errors"
	"fmt"
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

func (r *Ring[T]) Slice() []T {
	out := make([]T, r.size)
	for i := range out {
		out[i] = r.buf[(r.head+i)%len(r.buf)]
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
	fmt.Println(r.Slice(), r.size)
	for {
		v, err := r.Pop()
		if errors.Is(err, ErrEmpty) {
			fmt.Println("done:", err)
			break
		}
		fmt.Print(v, " ")
	}
	ma := &MovingAvg{r: NewRing[float64](4)}
	for _, x := range []float64{10, 20, 30, 40, 50, 60, 5} {
		fmt.Printf("%.2f ", ma.Add(x))
	}
	fmt.Println()

	cr := ring.New(5)
	for i := 0; i < cr.Len(); i++ {
		cr.Value = i * i
		cr = cr.Next()
	}
	cr.Do(func(v any) { fmt.Print(v, ",") })
	fmt.Println()
	removed := cr.Unlink(2)
	sum := 0
	cr.Do(func(v any) { sum += v.(int) })
	fmt.Println("after unlink:", cr.Len(), removed.Len(), sum)
	cr.Move(-1).Link(ring.New(1))
	cr.Do(func(v any) { fmt.Printf("%v ", v) })
	fmt.Println()
}

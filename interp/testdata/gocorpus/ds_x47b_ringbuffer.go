package main

import (
	"errors"
	"fmt"
)

var ErrFull = errors.New("ring: full")
var ErrEmpty = errors.New("ring: empty")

type Ring[T any] struct {
	buf        []T
	head, tail int
	count      int
}

func NewRing[T any](capacity int) *Ring[T] {
	if capacity <= 0 {
		panic(fmt.Sprintf("ring: bad capacity %d", capacity))
	}
	return &Ring[T]{buf: make([]T, capacity)}
}

func (r *Ring[T]) Push(v T) error {
	if r.count == len(r.buf) {
		return ErrFull
	}
	r.buf[r.tail] = v
	r.tail = (r.tail + 1) % len(r.buf)
	r.count++
	return nil
}

func (r *Ring[T]) PushOverwrite(v T) (evicted T, did bool) {
	if r.count == len(r.buf) {
		evicted, _ = r.Pop()
		did = true
	}
	r.Push(v)
	return
}

func (r *Ring[T]) Pop() (T, error) {
	var zero T
	if r.count == 0 {
		return zero, ErrEmpty
	}
	v := r.buf[r.head]
	r.buf[r.head] = zero
	r.head = (r.head + 1) % len(r.buf)
	r.count--
	return v, nil
}

func (r *Ring[T]) Len() int { return r.count }

func (r *Ring[T]) Snapshot() []T {
	out := make([]T, 0, r.count)
	for i := 0; i < r.count; i++ {
		out = append(out, r.buf[(r.head+i)%len(r.buf)])
	}
	return out
}

type MovingAvg struct {
	win *Ring[float64]
	sum float64
}

func (m *MovingAvg) Add(x float64) float64 {
	if old, ok := m.win.PushOverwrite(x); ok {
		m.sum -= old
	}
	m.sum += x
	return m.sum / float64(m.win.Len())
}

func main() {
	r := NewRing[string](3)
	for _, s := range []string{"a", "b", "c", "d"} {
		if err := r.Push(s); err != nil {
			fmt.Println("push", s, "->", err)
		}
	}
	fmt.Println(r.Snapshot(), r.Len())
	v, _ := r.Pop()
	r.Push("e")
	fmt.Println(v, r.Snapshot(), r.head, r.tail)
	for {
		v, err := r.Pop()
		if errors.Is(err, ErrEmpty) {
			fmt.Println("drained:", err)
			break
		}
		fmt.Print(v, " ")
	}
	m := &MovingAvg{win: NewRing[float64](4)}
	for _, x := range []float64{10, 20, 30, 40, 50, 60, 5} {
		fmt.Printf("%.2f ", m.Add(x))
	}
	fmt.Println()
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	NewRing[int](0)
}

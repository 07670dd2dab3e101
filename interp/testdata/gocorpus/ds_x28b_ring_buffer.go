package main

import (
	"errors"
	"fmt"
	"strings"
)

// A generic ring buffer. Classic off-by-one: distinguishing full from empty
// when head == tail. Track the count explicitly.

var ErrEmpty = errors.New("ring: empty")

type Ring[T any] struct {
	buf        []T
	head, size int
	overwrite  bool
}

func NewRing[T any](capacity int, overwrite bool) *Ring[T] {
	return &Ring[T]{buf: make([]T, capacity), overwrite: overwrite}
}

func (r *Ring[T]) Push(v T) bool {
	if r.size == len(r.buf) {
		if !r.overwrite {
			return false
		}
		r.buf[r.head] = v
		r.head = (r.head + 1) % len(r.buf)
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
	r.buf[r.head] = zero // let the GC reclaim it
	r.head = (r.head + 1) % len(r.buf)
	r.size--
	return v, nil
}

func (r *Ring[T]) Items() []T {
	out := make([]T, 0, r.size)
	for i := range r.size {
		out = append(out, r.buf[(r.head+i)%len(r.buf)])
	}
	return out
}

func (r *Ring[T]) String() string {
	var sb strings.Builder
	sb.WriteString("[")
	for i, v := range r.Items() {
		if i > 0 {
			sb.WriteString(" ")
		}
		fmt.Fprint(&sb, v)
	}
	sb.WriteString("]")
	return sb.String()
}

type movingAvg struct {
	r   *Ring[float64]
	sum float64
}

func (m *movingAvg) Add(x float64) float64 {
	if m.r.size == len(m.r.buf) {
		old, _ := m.r.Pop()
		m.sum -= old
	}
	m.r.Push(x)
	m.sum += x
	return m.sum / float64(m.r.size)
}

func main() {
	r := NewRing[int](3, false)
	for i := 1; i <= 4; i++ {
		fmt.Print(r.Push(i), " ")
	}
	fmt.Println(r)
	v, err := r.Pop()
	fmt.Println(v, err, r)
	r.Push(5)
	r.Push(6)
	fmt.Println(r, r.size)
	for range 4 {
		v, err := r.Pop()
		fmt.Print(v, " ", err, "; ")
	}
	fmt.Println()

	logs := NewRing[string](2, true)
	for _, l := range []string{"boot", "load", "run", "halt"} {
		logs.Push(l)
	}
	fmt.Printf("%v %q\n", logs, logs.Items())

	m := &movingAvg{r: NewRing[float64](3, false)}
	for _, x := range []float64{1, 2, 3, 4, 10} {
		fmt.Printf("%.2f ", m.Add(x))
	}
	fmt.Println()

	type event struct {
		ID   int
		Kind string
	}
	ev := NewRing[*event](2, true)
	ev.Push(&event{1, "a"})
	ev.Push(&event{2, "b"})
	ev.Push(&event{3, "c"})
	for _, e := range ev.Items() {
		fmt.Printf("%+v ", *e)
	}
	fmt.Println()
	fmt.Println(errors.Is(func() error { _, err := NewRing[int](1, false).Pop(); return err }(), ErrEmpty))
}

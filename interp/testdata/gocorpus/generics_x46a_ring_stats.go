package main

import (
	"errors"
	"fmt"
	"math"
)

type Numeric interface {
	~int | ~int32 | ~float32 | ~float64
}

// Window keeps the last N samples in a circular buffer.
type Window[T Numeric] struct {
	data  []T
	start int
	count int
}

var ErrNoData = errors.New("window: no data")

func NewWindow[T Numeric](n int) *Window[T] {
	return &Window[T]{data: make([]T, n)}
}

func (w *Window[T]) Push(v T) (evicted T, full bool) {
	if w.count < len(w.data) {
		w.data[(w.start+w.count)%len(w.data)] = v
		w.count++
		return evicted, false
	}
	evicted = w.data[w.start]
	w.data[w.start] = v
	w.start = (w.start + 1) % len(w.data)
	return evicted, true
}

func (w *Window[T]) Values() []T {
	out := make([]T, w.count)
	for i := range out {
		out[i] = w.data[(w.start+i)%len(w.data)]
	}
	return out
}

func (w *Window[T]) Mean() (float64, error) {
	if w.count == 0 {
		return math.NaN(), ErrNoData
	}
	var sum float64
	for _, v := range w.Values() {
		sum += float64(v)
	}
	return sum / float64(w.count), nil
}

func (w *Window[T]) Stddev() (float64, error) {
	m, err := w.Mean()
	if err != nil {
		return 0, err
	}
	var ss float64
	for _, v := range w.Values() {
		d := float64(v) - m
		ss += d * d
	}
	return math.Sqrt(ss / float64(w.count)), nil
}

func (w *Window[T]) String() string {
	m, err := w.Mean()
	if err != nil {
		return fmt.Sprintf("Window%v(empty)", w.Values())
	}
	return fmt.Sprintf("Window%v(mean=%.2f)", w.Values(), m)
}

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

func main() {
	w := NewWindow[int](4)
	fmt.Println(w)
	_, err := w.Mean()
	fmt.Println(err)
	for _, v := range []int{3, 9, 4, 8, 10, 1} {
		ev, full := w.Push(v)
		if full {
			fmt.Printf("push %2d evicted %d -> %v\n", v, ev, w)
		} else {
			fmt.Printf("push %2d -> %v\n", v, w)
		}
	}
	sd, _ := w.Stddev()
	fmt.Printf("stddev=%.4f\n", sd)

	temps := NewWindow[Celsius](3)
	for _, t := range []Celsius{21.5, 22, 19.25, 25} {
		temps.Push(t)
	}
	fmt.Println(temps.Values())
	fmt.Printf("%v %T\n", temps.Values()[0], temps)
	m, _ := temps.Mean()
	fmt.Printf("%.3f\n", m)

	fw := NewWindow[float32](2)
	fw.Push(0.1)
	fw.Push(0.2)
	fw.Push(0.3)
	fm, _ := fw.Mean()
	fmt.Printf("%v %.6f %g\n", fw.Values(), fm, fw.Values()[1])
}

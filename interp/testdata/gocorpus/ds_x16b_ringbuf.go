package main

import (
	"fmt"
	"strings"
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

func (r *Ring[T]) All() func(func(int, T) bool) {
	return func(yield func(int, T) bool) {
		for i := 0; i < r.n; i++ {
			if !yield(i, r.buf[(r.start+i)%len(r.buf)]) {
				return
			}
		}
	}
}

type EarlyStopper struct {
	hist     *Ring[float64]
	minDelta float64
}

func (e *EarlyStopper) Observe(loss float64) (stop bool, reason string) {
	e.hist.Push(loss)
	if e.hist.n < len(e.hist.buf) {
		return false, ""
	}
	var first, best float64
	for i, v := range e.hist.All() {
		if i == 0 {
			first, best = v, v
		}
		best = min(best, v)
	}
	if first-best < e.minDelta {
		return true, fmt.Sprintf("improvement %.4f < %.4f over window", first-best, e.minDelta)
	}
	return false, ""
}

func main() {
	es := &EarlyStopper{hist: NewRing[float64](4), minDelta: 0.01}
	losses := []float64{1.0, 0.7, 0.5, 0.42, 0.4, 0.395, 0.394, 0.393, 0.3929, 0.39}
	for i, l := range losses {
		stop, why := es.Observe(l)
		var window []string
		for _, v := range es.hist.All() {
			window = append(window, fmt.Sprint(v))
		}
		fmt.Printf("epoch %d loss %.4f window [%s]\n", i, l, strings.Join(window, " "))
		if stop {
			fmt.Println("early stop:", why)
			break
		}
	}
	r := NewRing[string](2)
	for _, s := range []string{"a", "b", "c"} {
		r.Push(s)
	}
	for i, s := range r.All() {
		fmt.Print(i, s, " ")
	}
	fmt.Println()
}

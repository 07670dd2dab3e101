package main

import (
	"fmt"
	"strings"
	"time"
)

type Ring[T any] struct {
	buf   []T
	start int
	n     int
}

func NewRing[T any](size int) *Ring[T] { return &Ring[T]{buf: make([]T, size)} }

func (r *Ring[T]) Push(v T) (evicted T, ok bool) {
	if r.n == len(r.buf) {
		evicted, ok = r.buf[r.start], true
		r.buf[r.start] = v
		r.start = (r.start + 1) % len(r.buf)
		return
	}
	r.buf[(r.start+r.n)%len(r.buf)] = v
	r.n++
	return
}

func (r *Ring[T]) Each(f func(int, T)) {
	for i := 0; i < r.n; i++ {
		f(i, r.buf[(r.start+i)%len(r.buf)])
	}
}

func (r *Ring[T]) Slice() []T {
	out := make([]T, 0, r.n)
	r.Each(func(_ int, v T) { out = append(out, v) })
	return out
}

type Sample struct {
	At      time.Time
	Latency time.Duration
	OK      bool
}

func (s Sample) String() string {
	mark := "+"
	if !s.OK {
		mark = "!"
	}
	return fmt.Sprintf("%s%s/%v", mark, s.At.Format("04:05"), s.Latency)
}

func main() {
	r := NewRing[Sample](5)
	t0 := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	var dropped []string
	for i := 0; i < 9; i++ {
		s := Sample{t0.Add(time.Duration(i*15) * time.Second), time.Duration(20+i*i*7) * time.Millisecond, i%4 != 3}
		if old, ok := r.Push(s); ok {
			dropped = append(dropped, old.String())
		}
	}
	fmt.Println("window:", r.Slice())
	fmt.Println("dropped:", strings.Join(dropped, " "))
	var sum time.Duration
	fails := 0
	r.Each(func(i int, s Sample) {
		sum += s.Latency
		if !s.OK {
			fails++
		}
	})
	fmt.Printf("avg=%v errRate=%.0f%% span=%v\n", sum/time.Duration(r.n), float64(fails)/float64(r.n)*100, r.Slice()[r.n-1].At.Sub(r.Slice()[0].At))
	ints := NewRing[int](3)
	for i := range 5 {
		ints.Push(i * i)
	}
	fmt.Println(ints.Slice(), ints.start, ints.buf)
}

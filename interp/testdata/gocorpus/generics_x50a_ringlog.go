package main

import (
	"fmt"
	"iter"
	"strings"
)

type Ring[T any] struct {
	buf   []T
	start int
	n     int
}

func NewRing[T any](capacity int) *Ring[T] { return &Ring[T]{buf: make([]T, capacity)} }

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

func (r *Ring[T]) All() iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		for i := 0; i < r.n; i++ {
			if !yield(i, r.buf[(r.start+i)%len(r.buf)]) {
				return
			}
		}
	}
}

func (r *Ring[T]) Len() int { return r.n }

type Level int

const (
	Debug Level = iota
	Info
	Warn
	Error
)

func (l Level) String() string {
	return [...]string{"DEBUG", "INFO", "WARN", "ERROR"}[l]
}

type Entry struct {
	Seq   int
	Level Level
	Msg   string
}

func Filter[T any](seq iter.Seq2[int, T], keep func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for _, v := range seq {
			if keep(v) && !yield(v) {
				return
			}
		}
	}
}

func Collect[T any](s iter.Seq[T]) []T {
	var out []T
	for v := range s {
		out = append(out, v)
	}
	return out
}

func main() {
	log := NewRing[Entry](5)
	msgs := []string{"boot", "mount /", "disk slow", "fsck", "io error sda", "retry", "ok", "panic: nil map", "halt"}
	for i, m := range msgs {
		lvl := Info
		switch {
		case strings.Contains(m, "error") || strings.HasPrefix(m, "panic"):
			lvl = Error
		case strings.Contains(m, "slow") || m == "retry":
			lvl = Warn
		case i%4 == 0:
			lvl = Debug
		}
		if old, ok := log.Push(Entry{i, lvl, m}); ok {
			fmt.Printf("evicted %+v\n", old)
		}
	}
	for i, e := range log.All() {
		fmt.Printf("%d: %-5v %q\n", i, e.Level, e.Msg)
	}
	errs := Collect(Filter(log.All(), func(e Entry) bool { return e.Level >= Warn }))
	fmt.Printf("%d serious: %v\n", len(errs), errs)
	for e := range Filter(log.All(), func(e Entry) bool { return true }) {
		if e.Level == Error {
			fmt.Println("first error:", e.Msg)
			break
		}
	}
	nums := NewRing[float64](3)
	for _, x := range []float64{1.5, 2.5, 3.5, 4.5} {
		nums.Push(x)
	}
	sum := 0.0
	for _, x := range nums.All() {
		sum += x
	}
	fmt.Printf("%T len=%d avg=%.3f\n", nums, nums.Len(), sum/float64(nums.Len()))
}

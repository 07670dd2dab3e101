package main

import (
	"fmt"
	"iter"
	"strings"
)

type Ring[T any] struct {
	data  []T
	start int
	full  bool
	next  int
}

func NewRing[T any](n int) *Ring[T] { return &Ring[T]{data: make([]T, n)} }

func (r *Ring[T]) Add(v T) {
	r.data[r.next] = v
	r.next = (r.next + 1) % len(r.data)
	if r.full {
		r.start = r.next
	} else if r.next == r.start {
		r.full = true
	}
}

func (r *Ring[T]) Len() int {
	if r.full {
		return len(r.data)
	}
	return (r.next - r.start + len(r.data)) % len(r.data)
}

func (r *Ring[T]) All() iter.Seq[T] {
	return func(yield func(T) bool) {
		for i := 0; i < r.Len(); i++ {
			if !yield(r.data[(r.start+i)%len(r.data)]) {
				return
			}
		}
	}
}

type Stats interface {
	~int | ~int64 | ~float64
}

func Mean[T Stats](seq iter.Seq[T]) float64 {
	var sum T
	n := 0
	for v := range seq {
		sum += v
		n++
	}
	if n == 0 {
		return 0
	}
	return float64(sum) / float64(n)
}

type Millis int64

func (m Millis) String() string { return fmt.Sprintf("%dms", int64(m)) }

type LogTail struct {
	*Ring[string]
	prefix string
}

func (l LogTail) Printf(format string, args ...any) {
	l.Add(l.prefix + fmt.Sprintf(format, args...))
}

func main() {
	r := NewRing[int](4)
	for i := 1; i <= 6; i++ {
		r.Add(i * 10)
		fmt.Printf("after %d: len=%d mean=%.1f\n", i, r.Len(), Mean(r.All()))
	}
	lat := NewRing[Millis](3)
	for _, ms := range []Millis{120, 80, 95, 300} {
		lat.Add(ms)
	}
	var parts []string
	for v := range lat.All() {
		parts = append(parts, v.String())
	}
	fmt.Println(strings.Join(parts, ","), Mean(lat.All()))
	fmt.Println(lat.data)

	tail := LogTail{NewRing[string](2), "[app] "}
	tail.Printf("start %d", 1)
	tail.Printf("load %s", "cfg")
	tail.Printf("ready after %v", Millis(42))
	for line := range tail.All() {
		fmt.Println(line)
	}
	fmt.Println(tail.Len(), tail.full)
}

package main

import (
	"errors"
	"fmt"
	"strings"
)

var ErrEmpty = errors.New("ring: empty")

type Ring[T any] struct {
	buf        []T
	head, size int
	dropped    int
}

func NewRing[T any](n int) *Ring[T] {
	if n <= 0 {
		panic(fmt.Sprintf("ring: bad capacity %d", n))
	}
	return &Ring[T]{buf: make([]T, n)}
}

func (r *Ring[T]) Push(v T) {
	if r.size == len(r.buf) {
		r.head = (r.head + 1) % len(r.buf)
		r.size--
		r.dropped++
	}
	r.buf[(r.head+r.size)%len(r.buf)] = v
	r.size++
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

func (r *Ring[T]) Snapshot() []T {
	out := make([]T, r.size)
	for i := range out {
		out[i] = r.buf[(r.head+i)%len(r.buf)]
	}
	return out
}

type Level uint8

const (
	Debug Level = iota
	Info
	Warn
	Error
)

var levelNames = [...]string{"DEBUG", "INFO", "WARN", "ERROR"}

func (l Level) String() string { return levelNames[l] }

type Record struct {
	Seq   int
	Level Level
	Msg   string
}

func (r Record) String() string { return fmt.Sprintf("#%03d %-5v %s", r.Seq, r.Level, r.Msg) }

func main() {
	logs := NewRing[Record](4)
	msgs := []string{"boot", "load config", "listen :8080", "conn accepted", "slow query", "conn closed", "disk 91%"}
	for i, m := range msgs {
		lvl := Info
		switch {
		case strings.HasPrefix(m, "disk"):
			lvl = Error
		case strings.Contains(m, "slow"):
			lvl = Warn
		case strings.HasPrefix(m, "conn"):
			lvl = Debug
		}
		logs.Push(Record{i + 1, lvl, m})
	}
	for _, r := range logs.Snapshot() {
		fmt.Println(r)
	}
	fmt.Println("dropped:", logs.dropped)
	for {
		r, err := logs.Pop()
		if errors.Is(err, ErrEmpty) {
			fmt.Println("drained:", err)
			break
		}
		if r.Level >= Warn {
			fmt.Printf("alert: %v (%d)\n", r, r.Level)
		}
	}
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		NewRing[int](0)
	}()
	ints := NewRing[int](3)
	for i := range 10 {
		ints.Push(i * i)
	}
	fmt.Println(ints.Snapshot(), fmt.Sprintf("%v", Level(2)))
}

package main

import (
	"errors"
	"fmt"
	"iter"
	"sync"
)

var ErrFull = errors.New("ring: full")
var ErrEmpty = errors.New("ring: empty")

type Ring[T any] struct {
	mu         sync.Mutex
	buf        []T
	head, size int
}

func NewRing[T any](n int) *Ring[T] { return &Ring[T]{buf: make([]T, n)} }

func (r *Ring[T]) Push(v T) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.size == len(r.buf) {
		return ErrFull
	}
	r.buf[(r.head+r.size)%len(r.buf)] = v
	r.size++
	return nil
}

func (r *Ring[T]) Pop() (T, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
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

func (r *Ring[T]) All() iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		r.mu.Lock()
		defer r.mu.Unlock()
		for i := 0; i < r.size; i++ {
			if !yield(i, r.buf[(r.head+i)%len(r.buf)]) {
				return
			}
		}
	}
}

type Packet struct {
	Seq  uint16
	Data string
}

func main() {
	r := NewRing[Packet](4)
	for i := range 6 {
		if err := r.Push(Packet{uint16(i), fmt.Sprintf("d%d", i)}); err != nil {
			fmt.Printf("push %d: %v\n", i, err)
		}
	}
	p, _ := r.Pop()
	fmt.Printf("popped %+v\n", p)
	r.Push(Packet{99, "late"})
	for i, p := range r.All() {
		fmt.Printf("  [%d] %#v\n", i, p)
		if p.Seq == 3 {
			break
		}
	}
	for {
		if _, err := r.Pop(); err != nil {
			fmt.Println(err, errors.Is(err, ErrEmpty))
			break
		}
	}
	ri := NewRing[int](2)
	ri.Push(7)
	v, err := ri.Pop()
	fmt.Println(v, err)
	_, err = ri.Pop()
	fmt.Println(err)
}

package main

import (
	"errors"
	"fmt"
	"iter"
)

var (
	ErrEmpty = errors.New("buffer empty")
	ErrFull  = errors.New("buffer full")
)

type Ring[T any] struct {
	data       []T
	head, size int
}

func NewRing[T any](n int) *Ring[T] { return &Ring[T]{data: make([]T, n)} }

func (r *Ring[T]) Read() (T, error) {
	var zero T
	if r.size == 0 {
		return zero, ErrEmpty
	}
	v := r.data[r.head]
	r.data[r.head] = zero
	r.head = (r.head + 1) % len(r.data)
	r.size--
	return v, nil
}

func (r *Ring[T]) Write(v T) error {
	if r.size == len(r.data) {
		return ErrFull
	}
	r.data[(r.head+r.size)%len(r.data)] = v
	r.size++
	return nil
}

func (r *Ring[T]) Overwrite(v T) {
	if r.size == len(r.data) {
		r.Read()
	}
	r.Write(v)
}

func (r *Ring[T]) Reset() { *r = *NewRing[T](len(r.data)) }

func (r *Ring[T]) All() iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		for i := 0; i < r.size; i++ {
			if !yield(i, r.data[(r.head+i)%len(r.data)]) {
				return
			}
		}
	}
}

func main() {
	b := NewRing[rune](3)
	_, err := b.Read()
	fmt.Println(err)
	for _, c := range "abcd" {
		if err := b.Write(c); err != nil {
			fmt.Printf("write %c: %v\n", c, err)
		}
	}
	v, _ := b.Read()
	fmt.Printf("%c\n", v)
	b.Overwrite('x')
	b.Overwrite('y')
	for i, c := range b.All() {
		fmt.Printf("[%d]=%c ", i, c)
	}
	fmt.Println()
	b.Reset()
	fmt.Println(b.size, len(b.data))

	type job struct {
		id   int
		name string
	}
	jobs := NewRing[job](2)
	jobs.Write(job{1, "build"})
	jobs.Write(job{2, "test"})
	jobs.Overwrite(job{3, "deploy"})
	for {
		j, err := jobs.Read()
		if errors.Is(err, ErrEmpty) {
			break
		}
		fmt.Printf("%+v\n", j)
	}
	for i, j := range jobs.All() {
		fmt.Println("unexpected", i, j)
	}
}

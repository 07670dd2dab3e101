// Exercises: a generic interface Container[T] implemented by two generic types.
package main

import "fmt"

type Container[T any] interface {
	Put(T)
	Take() (T, bool)
	Len() int
}

type Stack[T any] struct{ xs []T }

func (s *Stack[T]) Put(v T) { s.xs = append(s.xs, v) }
func (s *Stack[T]) Take() (T, bool) {
	var z T
	if len(s.xs) == 0 {
		return z, false
	}
	v := s.xs[len(s.xs)-1]
	s.xs = s.xs[:len(s.xs)-1]
	return v, true
}
func (s *Stack[T]) Len() int { return len(s.xs) }

type Fifo[T any] struct{ xs []T }

func (f *Fifo[T]) Put(v T) { f.xs = append(f.xs, v) }
func (f *Fifo[T]) Take() (T, bool) {
	var z T
	if len(f.xs) == 0 {
		return z, false
	}
	v := f.xs[0]
	f.xs = f.xs[1:]
	return v, true
}
func (f *Fifo[T]) Len() int { return len(f.xs) }

func Drain[T any](c Container[T]) []T {
	var out []T
	for c.Len() > 0 {
		v, _ := c.Take()
		out = append(out, v)
	}
	return out
}

func main() {
	for _, c := range []Container[int]{&Stack[int]{}, &Fifo[int]{}} {
		for i := 1; i <= 4; i++ {
			c.Put(i * 10)
		}
		fmt.Printf("%T %v\n", c, Drain(c))
	}
	var sc Container[string] = &Fifo[string]{}
	sc.Put("x")
	fmt.Println(sc.Len(), Drain(sc), sc.Len())
}

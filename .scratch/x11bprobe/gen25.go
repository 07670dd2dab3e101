package main

import "fmt"

type Container[T any] interface{ Len() int }

type Bag[T any] struct{ xs []T }

func (b *Bag[T]) Len() int { return len(b.xs) }

type Set[T comparable] struct {
	m  map[T]bool
	xs []T
}

func (s *Set[T]) Len() int { return len(s.xs) }

func main() {
	cs := []Container[int]{&Bag[int]{}, &Set[int]{}}
	fmt.Println(len(cs), cs[0].Len(), cs[1].Len())
}

package main

import "fmt"

type Lener interface{ Len() int }

type Bag[T any] struct{ xs []T }

func (b *Bag[T]) Len() int { return len(b.xs) }

type Set[T comparable] struct {
	m  map[T]bool
	xs []T
}

func (s *Set[T]) Len() int { return len(s.xs) }

func main() {
	var a Lener = &Bag[int]{}
	var b Lener = &Set[string]{}
	fmt.Println(a.Len(), b.Len())
}

package main

import "fmt"

type Lener interface{ Len() int }

type Bag[T any] struct{ xs []T }

func (b *Bag[T]) Len() int { return len(b.xs) }

type Set[T comparable] struct {
	m  map[T]bool
	xs []T
}

func main() {
	var a Lener = &Bag[int]{}
	s := &Set[int]{}
	fmt.Println(a.Len(), len(s.xs))
}

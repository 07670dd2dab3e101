// Exercises: generic interface type Container[T] implemented by generic and concrete types.
package main

import "fmt"

type Container[T any] interface {
	Put(T)
	All() []T
}

type SliceBox[T any] struct{ items []T }

func (s *SliceBox[T]) Put(v T)  { s.items = append(s.items, v) }
func (s *SliceBox[T]) All() []T { return s.items }

type Evens struct{ items []int }

func (e *Evens) Put(v int) {
	if v%2 == 0 {
		e.items = append(e.items, v)
	}
}
func (e *Evens) All() []int { return e.items }

func Fill[T any](c Container[T], vs ...T) Container[T] {
	for _, v := range vs {
		c.Put(v)
	}
	return c
}

func main() {
	fmt.Println(Fill[int](&SliceBox[int]{}, 1, 2, 3, 4).All())
	fmt.Println(Fill[int](&Evens{}, 1, 2, 3, 4).All())
	var c Container[string] = &SliceBox[string]{}
	Fill(c, "x", "y")
	fmt.Println(c.All(), len(c.All()))
}

// Exercises: generic type with pointer-receiver methods, instantiation with several types
package main

import "fmt"

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }
func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}
func (s *Stack[T]) Len() int { return len(s.items) }

func main() {
	var si Stack[int]
	si.Push(1)
	si.Push(2)
	ss := &Stack[string]{}
	ss.Push("x")
	v, ok := si.Pop()
	fmt.Println(v, ok, si.Len())
	s, ok := ss.Pop()
	fmt.Println(s, ok)
	s, ok = ss.Pop()
	fmt.Printf("%q %v\n", s, ok)
}

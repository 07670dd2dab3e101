package main

import "fmt"

type Stack[T any] []T

func (s *Stack[T]) Push(v T) { *s = append(*s, v) }
func (s *Stack[T]) Pop() T {
	old := *s
	v := old[len(old)-1]
	*s = old[:len(old)-1]
	return v
}
func (s Stack[T]) Peek() T  { return s[len(s)-1] }
func (s Stack[T]) Len() int { return len(s) }

type node struct{ name string }

func main() {
	var s Stack[*node]
	s.Push(&node{"a"})
	s.Push(&node{"b"})
	fmt.Println(s.Peek().name, s.Len())
	top := s.Pop()
	top.name = "changed"
	fmt.Println(top.name, s.Len(), s.Peek().name)
	ints := Stack[int]{1, 2, 3}
	ints.Push(4)
	fmt.Println(ints)
	v := ints.Pop()
	fmt.Println(v, ints, len(ints))
}

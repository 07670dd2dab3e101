package main

import "fmt"

type Stack[T any] struct{ xs []T }

func (s *Stack[T]) Push(x T) { s.xs = append(s.xs, x) }
func (s Stack[T]) Len() int  { return len(s.xs) }

type Lener interface{ Len() int }

func Apply[T any](xs []T, fs ...func(T)) {
	for _, x := range xs {
		for _, f := range fs {
			f(x)
		}
	}
}

func main() {
	s := &Stack[int]{}
	push := s.Push
	Apply([]int{1, 2, 3}, push, func(int) {})
	ln := s.Len
	s.Push(4)
	fmt.Println(s.xs, ln(), s.Len())
	var l Lener = s
	var l2 Lener = *s
	s.Push(5)
	fmt.Println(l.Len(), l2.Len())
	fexpr := (*Stack[string]).Push
	ss := &Stack[string]{}
	fexpr(ss, "a")
	fmt.Println(ss.xs, Stack[string].Len(*ss))
}

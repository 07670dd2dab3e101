package main

import "fmt"

type Color int

func (c Color) String() string { return [...]string{"Red", "Green", "Blue"}[c] }

func Show[T any](v T) { fmt.Println(v) }

func Wrap[T any](v T) any { return v }

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func main() {
	cs := []Color{0, 2}
	Show(cs)
	fmt.Println(Wrap(cs))
	var s Stack[[]Color]
	s.Push(cs)
	fmt.Println(s.items, s)
	var st Stack[any]
	st.Push(cs)
	st.Push(Color(1))
	fmt.Println(st.items)
}

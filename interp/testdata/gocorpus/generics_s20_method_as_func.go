package main

import "fmt"

type Meters float64

func (m Meters) String() string { return fmt.Sprintf("%.1fm", float64(m)) }

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(x T) { s.items = append(s.items, x) }
func (s *Stack[T]) Len() int { return len(s.items) }

func Dump[T any](s *Stack[T]) { fmt.Println(s.items, s.Len()) }

type ID int

type Box[T any] struct{ v T }

func (b Box[T]) Show() { fmt.Println(b.v) }

func main() {
	var s Stack[Meters]
	s.Push(3)
	Dump(&s)
	Box[ID]{4}.Show()
	Box[int]{5}.Show()
}

package main

import "fmt"

type List[T any] struct{ items []T }

func (l *List[T]) Push(v T) { l.items = append(l.items, v) }
func (l *List[T]) Len() int { return len(l.items) }

type Stack[T any] struct {
	List[T]
	name string
}

func (s *Stack[T]) Pop() T {
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v
}

type Sizer interface{ Len() int }

func main() {
	s := &Stack[string]{name: "s"}
	s.Push("a")
	s.Push("b")
	fmt.Println(s.Len(), s.Pop(), s.Len())
	var z Sizer = s
	fmt.Println(z.Len())
	fmt.Printf("%v %+v\n", *s, s.List)
}

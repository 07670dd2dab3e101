package main

import "fmt"

type List[T any] struct{ items []T }

func (l *List[T]) Add(x T)  { l.items = append(l.items, x) }
func (l *List[T]) Len() int { return len(l.items) }

type Stack struct{ items []int }

func (s *Stack) Add(x int) { s.items = append(s.items, x) }
func (s *Stack) Len() int  { return len(s.items) * 10 }

type Adder interface {
	Add(int)
	Len() int
}

func main() {
	l := &List[int]{}
	s := &Stack{}
	for _, a := range []Adder{l, s} {
		a.Add(1)
		a.Add(2)
		fmt.Print(a.Len(), " ")
	}
	fmt.Println()
}

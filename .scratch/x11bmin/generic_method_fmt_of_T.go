package main

import "fmt"

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1fC", float64(c)) }

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(x T)       { s.items = append(s.items, x) }
func (s *Stack[T]) String() string { return fmt.Sprint(s.items) }
func (s *Stack[T]) Top() string    { return fmt.Sprintf("%v", s.items[len(s.items)-1]) }

func main() {
	// go: [1.0C 2.5C] 2.5C [1.0C 2.5C]
	// gobackprop: [1 2.5] 2.5 [1.0C 2.5C]
	s := &Stack[Celsius]{}
	s.Push(1)
	s.Push(2.5)
	fmt.Println(s.String(), s.Top(), s.items)
}

// go run:      stack 2 / queue 1
// gobackprop:  CompileError: a generic type Stack of the same structure as the generic type
//
//	Queue (the interpreter gives the instances of both one type, and the methods of
//	one to the other) is not supported by gobackprop: give Stack or Queue a field
//	the other does not have   (both styles)
package main

import "fmt"

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Top() T { return s.items[len(s.items)-1] }

type Queue[T any] struct{ items []T }

func (q *Queue[T]) Top() T { return q.items[0] }

func main() {
	s := &Stack[int]{[]int{1, 2}}
	q := &Queue[int]{[]int{1, 2}}
	fmt.Println("stack", s.Top(), "/ queue", q.Top())
}

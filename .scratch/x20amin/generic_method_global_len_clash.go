// Whole-program cell only (notebook style works): a generic method whose body reads a
// package-level var, on a type that also has a value-receiver method Len, while another
// generic type has a pointer-receiver method of the same name Len, makes the call fail to compile.
// Dropping Stack.Len, or Queue, or the reference to `limit` makes it pass.
// go run:      5 1
// gobackprop:  program style: CompileError: undefined selector: Pop   (notebook style: 5 1)
// From: generics_x20a_stack_queue.go (program style)
package main

import "fmt"

var limit = 3

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Pop() T {
	_ = limit
	return s.items[0]
}
func (s Stack[T]) Len() int { return len(s.items) }

type Queue[T any] struct{ head []T }

func (q *Queue[T]) Len() int { return len(q.head) }

func main() {
	s := Stack[int]{[]int{5}}
	fmt.Println(s.Pop(), s.Len())
}

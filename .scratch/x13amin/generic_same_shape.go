// go run: 2 1
// gobackprop (both styles): CompileError: a generic type Stack of the same structure as the
// generic type Queue (the interpreter gives the instances of both one type, and the methods of
// one to the other) is not supported by gobackprop: give Stack or Queue a field the other does not have
// (clear error; same family as the KNOWN generics_x2_generic_interface_container.go)
package main

import "fmt"

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Take() T { return s.items[len(s.items)-1] }

type Queue[T any] struct{ items []T }

func (q *Queue[T]) Take() T { return q.items[0] }

func main() {
	fmt.Println((&Stack[int]{[]int{1, 2}}).Take(), (&Queue[int]{[]int{1, 2}}).Take())
}

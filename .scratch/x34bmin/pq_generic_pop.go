// Go prints: 7 true
// Session (both styles): CompileError: assignment mismatch: 2 variables but  returns 1 values
// Two generic types each with a method Pop of different signatures (inner Pop() any, outer Pop() (T, bool)):
// renaming either, or making either non-generic, makes it agree with Go.
package main

import "fmt"

type inner[T any] struct{ items []T }

func (q *inner[T]) Pop() any {
	x := q.items[0]
	q.items = q.items[1:]
	return x
}

type Outer[T any] struct{ in *inner[T] }

func (p Outer[T]) Pop() (T, bool) {
	return p.in.Pop().(T), true
}

func main() {
	o := Outer[int]{&inner[int]{[]int{7}}}
	v, ok := o.Pop()
	fmt.Println(v, ok)
}

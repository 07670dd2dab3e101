// Two generic types with a method of the same name, printed with %T and
// their methods called through an unnamed interface in a function
// declared before main makes them.
package main

import "fmt"

type Ring[T any] struct {
	buf  []T
	size int
}

func (r *Ring[T]) Len() int { return r.size }

type Two[T any] struct{ in, out []T }

func (q *Two[T]) Len() int { return len(q.in) + len(q.out) }

func show(q interface{ Len() int }) {
	fmt.Printf("%-12T len=%d\n", q, q.Len())
}

func main() {
	show(&Ring[int]{buf: make([]int, 4), size: 3})
	show(&Two[int]{in: []int{1}, out: []int{2, 3}})
	show(&Two[string]{in: []string{"a"}})
}

// Exercises: a generic function printing a value of its type parameter that is a nil pointer to an instance of a
// generic type whose String handles a nil receiver (Go calls it), and a non-nil one.
package main

import "fmt"

type L[T any] struct{ head T }

func (l *L[T]) String() string {
	if l == nil {
		return "()"
	}
	return fmt.Sprint("(", l.head, ")")
}

func show[T any](x T) { fmt.Println("show:", x) }

func main() {
	var e *L[int]
	show(e)
	show(&L[int]{3})
}

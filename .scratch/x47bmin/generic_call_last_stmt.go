// Go prints: start
// Session (notebook style only): prints nothing, error
// "SyntaxError: expected operand, found '{'". The program style agrees.
// Needs the discarded result of a generic call returning *R[T] to be the
// last statement of main (i.e. of the notebook cell). Returning []T works.
package main

import "fmt"

type R[T any] struct{ b []T }

func New[T any](n int) *R[T] { return &R[T]{b: make([]T, n)} }

func main() {
	fmt.Println("start")
	New[int](0)
}

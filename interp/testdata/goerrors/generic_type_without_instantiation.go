// Compile error: using a generic type without type arguments.
// Expected: cannot use generic type Stack[T any] without instantiation
package main

import "fmt"

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func main() {
	var s Stack
	fmt.Println(s)
}

package main

import (
	"fmt"
	"strings"
)

// Values of generic types with methods, passed through interface{}
// parameters of functions declared before them, printed with %T and %v.
type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(x T) { s.items = append(s.items, x) }
func (s *Stack[T]) Len() int { return len(s.items) }

type Window[T any] struct {
	size int
	vals []T
}

func (w Window[T]) Full() bool { return len(w.vals) == w.size }

func describe(x any) string {
	return fmt.Sprintf("%T", x)
}

func report(items ...any) {
	var parts []string
	for _, it := range items {
		parts = append(parts, describe(it))
	}
	fmt.Println(strings.Join(parts, " | "))
}

func main() {
	s := &Stack[string]{}
	s.Push("a")
	n := &Stack[int]{}
	w := Window[float64]{size: 2, vals: []float64{1.5}}
	report(s, n, w, &w)
	fmt.Printf("%T %v %d\n", s, s.items, n.Len())
	fmt.Println(describe(Window[bool]{}), w.Full())
}

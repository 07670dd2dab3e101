package main

import "fmt"

type Stack[T any] struct{ xs []T }

func (s *Stack[T]) Len() int { return len(s.xs) }

type Lener interface{ Len() int }

type History struct {
	*Stack[string]
	name string
}

type Sorted[T any] struct{ Items []T }

func (s Sorted[T]) Len() int { return len(s.Items) }

type Names struct {
	Sorted[string]
}

// Two structs that embed instances of two one-parameter generic types, put into one []Lener:
// "CompileError: too many values in struct literal". Each alone in an interface works.
func main() {
	h := History{&Stack[string]{}, "h"}
	n := Names{Sorted[string]{[]string{"c", "a", "b"}}}
	ls := []Lener{h, n}
	fmt.Println(ls[0].Len(), ls[1].Len())
}

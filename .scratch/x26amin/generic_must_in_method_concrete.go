// Variant of generic_must_multivalue.go (from coll_x26a_matrix_generic.go).
// go run:      [0 0]
// gobackprop:  CompileError: undefined selector: Clone   (both styles)
// Must(NewMat[int](n)) (generic Must over a two-result generic call) inside a method of the
// generic type Mat[T]; the method then is not found.
package main

import "fmt"

type Mat[T any] struct{ d []T }

func NewMat[T any](n int) (*Mat[T], error) { return &Mat[T]{make([]T, n)}, nil }

func Must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

func (m *Mat[T]) Clone() *Mat[int] {
	out := Must(NewMat[int](len(m.d)))
	return out
}

func main() {
	m, _ := NewMat[int](2)
	fmt.Println(m.Clone().d)
}

// From coll_x26a_matrix_generic.go (both styles).
// go run:      [0 0]
// gobackprop:  panic(*interp.cfgError): 13:9: CFG post-order panic: runtime error: index out of
//
//	range [1] with length 1
//
// A generic Must(v T, err error) applied to a two-result call of a generic function, inside a
// method of a generic type (Must(NewMat[T](n))). The same call in main, or in a generic plain
// function, works; `out, _ := NewMat[T](n)` in the method works.
// Variant generic_must_in_method_concrete.go: Must(NewMat[int](n)) in the same method ->
// CompileError: undefined selector: Clone.
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

func (m *Mat[T]) Clone() *Mat[T] {
	out := Must(NewMat[T](len(m.d)))
	copy(out.d, m.d)
	return out
}

func main() {
	m, _ := NewMat[int](2)
	fmt.Println(m.Clone().d)
}

// Two generic constructor functions of the same shape (func[T any](T) X[T]) for two different
// generic Stringer types, both instantiated with string, in one cell: the second call's value
// is handed to String() as the first type. Fine in notebook style (declarations and main's body in
// separate cells), and fine with composite literals instead of the constructors.
// Source: generics_x15a_option.go (Some/Option[T] and Ok/Result[T]; also Some(Some(42)) prints
// "Some({42 true})" there).
//
// go run:      Aa
//
//	Bb
//
// gobackprop (program style, no error - SILENT):
//
//	Aa
//	%!v(PANIC=String method: reflect.Set: value of type struct { Xw string } is not
//	assignable to type struct { Xv string })
package main

import "fmt"

type A[T any] struct{ v T }

func (a A[T]) String() string { return fmt.Sprint("A", a.v) }

type B[T any] struct{ w T }

func (b B[T]) String() string { return fmt.Sprint("B", b.w) }

func MkA[T any](v T) A[T] { return A[T]{v} }
func MkB[T any](v T) B[T] { return B[T]{v} }

func main() {
	fmt.Println(MkA("a"))
	fmt.Println(MkB("b"))
}

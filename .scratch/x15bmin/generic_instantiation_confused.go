// SILENT (program style only). From generics_x15b_option_result.go.
// go run:     Some()
//
//	Ok(1.5)
//
// gobackprop: Some()
//
//	%!v(PANIC=String method: reflect.Set: value of type struct { Val string; Err error } is not
//	assignable to type struct { Xval string })
//
// Result[string] built by Try (type argument inferred from a multi-value call) inside generic Then is
// confused with Option[string], which None[string]() instantiated first. Without the Option line, or
// calling Try(conv(1.5)) directly in main, it prints Ok(1.5).
package main

import "fmt"

type Option[T any] struct{ val T }

func None[T any]() Option[T] { return Option[T]{} }

func (o Option[T]) String() string { return fmt.Sprintf("Some(%v)", o.val) }

type Result[T any] struct {
	Val T
	Err error
}

func Try[T any](v T, err error) Result[T] { return Result[T]{v, err} }

func (r Result[T]) String() string { return fmt.Sprintf("Ok(%v)", r.Val) }

func Then[T, U any](r Result[T], f func(T) (U, error)) Result[U] {
	return Try(f(r.Val))
}

func conv(f float64) (string, error) { return fmt.Sprint(f), nil }

func main() {
	fmt.Println(None[string]())
	fmt.Println(Then(Result[float64]{Val: 1.5}, conv))
}

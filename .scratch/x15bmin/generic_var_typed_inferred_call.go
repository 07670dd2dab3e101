// SILENT. From generics_x15b_option_result.go (var nested Option[Option[int]] = Some(Some(5))).
// go run:     {5}
//
//	{5} {s}
//
// gobackprop: {0}
//
//	{0} {}
//
// A var declaration with an explicit generic type whose initializer is a call with inferred type
// arguments leaves the variable at its zero value. In main it differs in the program style only (the
// notebook style runs main's body as top-level statements and agrees); in another function (f) it
// differs in both styles. Explicit instantiation (Wrap[int](5)) and an untyped var (var c = Wrap(7))
// work; an earlier plain assignment b = Wrap(6) of the same instantiation also makes a later typed var work.
package main

import "fmt"

type Box[T any] struct{ v T }

func Wrap[T any](v T) Box[T] { return Box[T]{v} }

func f() Box[int] {
	var a Box[int] = Wrap(5)
	return a
}

func main() {
	fmt.Println(f())
	var d Box[string] = Wrap("s")
	var e Box[float64] = Wrap(5.0)
	fmt.Println(e, d)
}

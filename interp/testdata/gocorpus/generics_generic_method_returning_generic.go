// Exercises: Optional[T] generic type with methods and a generic helper function.
package main

import "fmt"

type Optional[T any] struct {
	val   T
	valid bool
}

func Some[T any](v T) Optional[T] { return Optional[T]{v, true} }
func None[T any]() Optional[T]    { return Optional[T]{} }

func (o Optional[T]) OrElse(d T) T {
	if o.valid {
		return o.val
	}
	return d
}

func (o Optional[T]) String() string {
	if !o.valid {
		return "None"
	}
	return fmt.Sprintf("Some(%v)", o.val)
}

func MapOpt[T, U any](o Optional[T], f func(T) U) Optional[U] {
	if !o.valid {
		return None[U]()
	}
	return Some(f(o.val))
}

func main() {
	a := Some(21)
	b := None[int]()
	fmt.Println(a, b, a.OrElse(0), b.OrElse(-1))
	d := MapOpt(a, func(n int) string { return fmt.Sprint(n * 2) })
	fmt.Println(d, MapOpt(b, func(n int) float64 { return 1 }))
	fmt.Printf("%T\n", d)
}

// Reduction of generics_x29b_specification.go (both styles: program and notebook).
// Two generic struct types with the same shape (a field of type T), each with a
// method, built by generic constructors that return them as an interface.
// Go prints:      true false
// Session prints: nothing; the run ends in a tool panic:
//
//	panic: reflect.Set: value of type struct { Xs int "gbp:\"or\"" } is not
//	assignable to type struct { Xs int "gbp:\"and\"" }
//
// Same program with the values built directly in main (var a Spec = and[int]{})
// agrees with Go; so does it with a field that does not depend on T.
package main

import "fmt"

type Spec interface{ Ok() bool }

type and[T any] struct{ s T }
type or[T any] struct{ s T }

func (a and[T]) Ok() bool { return true }
func (o or[T]) Ok() bool  { return false }

func And[T any]() Spec { return and[T]{} }
func Or[T any]() Spec  { return or[T]{} }

func main() {
	fmt.Println(And[int]().Ok(), Or[int]().Ok())
}

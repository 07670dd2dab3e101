package main

import "fmt"

type Box[T any] struct{ v T }

func (b Box[T]) String() string { return fmt.Sprint("box ", b.v) }

func Wrap[T any](v T) Box[T] { return Box[T]{v} }
func Id[T any](v T) T        { return v }

type Dual[T ~float64] struct{ V, D T }

func (a Dual[T]) String() string { return fmt.Sprintf("%v+%vε", a.V, a.D) }

func Var[T ~float64](v T) Dual[T] { return Dual[T]{V: v, D: 1} }

func f() {
	var a interface{} = Id(3)
	var b any = Wrap(3)
	var c fmt.Stringer = Wrap(4)
	var d fmt.Stringer = Var(1.5)
	fmt.Println(a, b, c, d)
}

func main() {
	f()
	var s fmt.Stringer = Var(2.5)
	fmt.Println(s)
}

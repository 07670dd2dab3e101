package main

import "fmt"

// Zero, New and Pair are instantiated explicitly inside generic code, with
// the session's own types as type arguments.
func Zero[T any]() T { var z T; return z }

func Pair[K comparable, V any](k K) map[K]V { return map[K]V{k: Zero[V]()} }

type Celsius float64

type Point struct{ X, Y int }

type Box[T any] struct{ v T }

func (b Box[T]) Reset() Box[T] { return Box[T]{Zero[T]()} }

func (b Box[T]) Index(name string) map[string]T { return Pair[string, T](name) }

func Outer[T any]() T { return Zero[T]() }

func main() {
	fmt.Println(Outer[Point](), Outer[Celsius](), Outer[[]Point]() == nil)
	fmt.Println(Box[Point]{Point{1, 2}}.Reset(), Box[Celsius]{3.5}.Reset())
	fmt.Println(Box[Celsius]{}.Index("t"), Box[Point]{}.Index("p"))
	fmt.Printf("%T %T\n", Box[Celsius]{}.Reset().v, Outer[Point]())
}

package main

import "fmt"

type Box[T any] struct{ v T }

func (b Box[T]) Get() T { return b.v }

func Ok[T any](v T) Box[T] { return Box[T]{v} }

func Wrap[T any](xs []T) Box[[]T] {
	out := make([]T, 0, len(xs))
	out = append(out, xs...)
	return Ok(out)
}

type Port uint16

func main() {
	fmt.Println(Wrap([]int{1, 2}).Get())
	fmt.Println(Wrap([]Port{80}).Get())
}

package main

import (
	"fmt"
	"iter"
	"slices"
)

type Box[T any] struct{ V T }

func Mk[T any](v T) Box[T] { return Box[T]{v} }

type Fn[T any] func(T) T

func Twice[T any](f func(T) T) Fn[T] { return func(x T) T { return f(f(x)) } }

func one() Box[int] { return Mk(1) }

func inc() Fn[int] { return Twice(func(x int) int { return x + 1 }) }

func seq() iter.Seq[int] { return slices.Values([]int{1, 2}) }

func main() {
	fmt.Println(one(), inc()(1))
	for v := range seq() {
		fmt.Println(v)
	}
}

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

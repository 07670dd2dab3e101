package main

import "fmt"

type Float interface{ ~float64 }

func Id[T ~int](a T) T { return a }

func Two[T ~int | ~float64, U Float | ~int](a T, b U) (T, U) { return a, b }

type Pair[K ~string | ~int, V any] struct {
	K K
	V V
}

func main() {
	fmt.Println(Id(3), Pair[string, int]{"a", 1})
	fmt.Println(Two(2.5, 3))
	fmt.Println(Two(2, 3.5))
}

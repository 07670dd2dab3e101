package main

import (
	"cmp"
	"fmt"
	"slices"
)

type Color string

func Sorted[T cmp.Ordered](xs []T) []T { return slices.Sorted(slices.Values(xs)) }
func Max[T cmp.Ordered](xs []T) T      { return slices.Max(xs) }

func main() {
	fmt.Println(Max([]Color{"red", "blue"}))
	fmt.Println(Sorted([]Color{"red", "blue"}))
}

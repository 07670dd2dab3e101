package main

import "fmt"

type Box[T any] struct{ V T }

func Wrap[T any](v T) Box[T] { return Box[T]{v} }

func Id[S any](x S) S { return x }

func Sum[T int | float64](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func main() {
	total := 0
	for _, x := range []int{1, 2, 3} {
		y := Id(Wrap(x))
		total += y.V
		fmt.Println(Id(Wrap(x)), Sum(x, y.V))
	}
outer:
	for i := 0; i < 3; i++ {
		for _, b := range []Box[int]{Wrap(i), Wrap(i * 10)} {
			if Id(b).V > 10 {
				break outer
			}
			fmt.Println("inner", Id(b))
		}
	}
	fmt.Println("total", total)
	var _ int
	var _ Box[string]
}

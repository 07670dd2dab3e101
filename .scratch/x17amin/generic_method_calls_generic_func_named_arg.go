// go run:     {[1]}
// gobackprop: CompileError: undefined type for T (both styles)
// A method of a generic type calls a generic function with explicit [T]; the type is instantiated
// with a defined type (Score int64) under a ~int64 constraint. With Box[int64] it works.
package main

import "fmt"

type Num interface{ ~int | ~int64 }

type Box[T Num] struct{ D []T }

func One[T Num]() Box[T] { return Box[T]{[]T{1}} }

func (b Box[T]) Again() Box[T] { return One[T]() }

type Score int64

func main() {
	fmt.Println(Box[Score]{}.Again())
}

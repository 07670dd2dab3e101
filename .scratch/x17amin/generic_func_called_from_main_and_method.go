// go run:     {[1]}
// gobackprop: panic(*interp.cfgError): CFG post-order panic: 5:41: CFG post-order panic: runtime error:
//
//	invalid memory address or nil pointer dereference (both styles)
//
// main calls One[int]() directly while a method of Box calls One[T](). Without the Again method it works.
package main

import "fmt"

type Box[T int | int64] struct{ D []T }

func One[T int | int64]() Box[T] { return Box[T]{[]T{1}} }

func (b Box[T]) Again() Box[T] { return One[T]() }

func main() {
	fmt.Println(One[int]())
}

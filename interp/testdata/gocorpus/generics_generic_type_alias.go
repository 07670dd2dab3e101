// Exercises: generic type aliases (Go 1.24+) and alias of instantiated type.
package main

import "fmt"

type Pair[A, B any] struct {
	First  A
	Second B
}

type StrPair[B any] = Pair[string, B]
type IntPair = Pair[int, int]

func Swap[A, B any](p Pair[A, B]) Pair[B, A] { return Pair[B, A]{p.Second, p.First} }

func main() {
	var sp StrPair[int] = Pair[string, int]{"x", 1}
	fmt.Printf("%+v %T\n", sp, sp)
	ip := IntPair{3, 4}
	fmt.Println(ip, Swap(ip))
	fmt.Println(Swap(sp))
	var _ Pair[string, bool] = StrPair[bool]{}
}

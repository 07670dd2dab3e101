// Exercises: type aliases including a generic alias (Go 1.24), alias identity with %T, methods through alias
package main

import "fmt"

type Pair[A, B any] struct {
	First  A
	Second B
}

func (p Pair[A, B]) Swap() Pair[B, A] { return Pair[B, A]{p.Second, p.First} }

type StrPair[V any] = Pair[string, V]

type Score = Pair[string, int]

type MyInt = int

func main() {
	p := StrPair[int]{"age", 42}
	fmt.Printf("%v %T\n", p, p)
	var s Score = p
	fmt.Printf("%+v\n", s.Swap())
	var n MyInt = 3
	var m int = n
	fmt.Printf("%T %d\n", n, m+1)
	q := StrPair[[]float64]{First: "xs", Second: []float64{1.5, 2}}
	fmt.Println(q.First, q.Second, len(q.Second))
	fmt.Printf("%T\n", q.Swap())
}

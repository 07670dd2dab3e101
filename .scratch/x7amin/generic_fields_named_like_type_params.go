package main

import "fmt"

// Fields named like the type parameters (A A, B B); instantiating Pair with a Pair instance
// fails "reflect.StructOf: field 0 has invalid name". Renaming the fields (X A, Y B) works.
type Pair[A, B any] struct {
	A A
	B B
}

func MakePair[A, B any](a A, b B) Pair[A, B] { return Pair[A, B]{a, b} }

func main() {
	q := MakePair(MakePair(1, "one"), true)
	fmt.Println(q.A.B, q.B)
}

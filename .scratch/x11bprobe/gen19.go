package main

import "fmt"

type Temp float64

func (t Temp) String() string { return "T" }

type Box[T any] struct{ V T }

type Pair[X, Y any] struct {
	A X
	B Y
}

func MakeBox[T any](v T) Box[T] { return Box[T]{v} }

func (b Box[T]) Get() T { return b.V }

func main() {
	b := Box[Temp]{1}
	fmt.Println(b, MakeBox(Temp(2)), b.Get())
	fmt.Printf("%v %+v %T\n", Pair[Temp, int]{1, 2}, []Box[Temp]{{3}}, b)
	m := map[string]Box[Temp]{"k": {4}}
	fmt.Println(m)
}

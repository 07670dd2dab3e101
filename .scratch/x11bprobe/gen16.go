package main

import (
	"errors"
	"fmt"
)

type Temp float64

func (t Temp) String() string { return "T" }

type Code int

func (c Code) Error() string { return "code" }

func Wrap[T any](x T) any { return x }

func Box[T any](xs ...T) []any {
	out := make([]any, len(xs))
	for i, x := range xs {
		out[i] = x
	}
	return out
}

func AsErr[T error](x T) error { return x }

func main() {
	w := Wrap(Temp(1))
	_, ok := w.(Temp)
	fmt.Println(w, ok)
	fmt.Println(Box(Temp(2), Temp(3)))
	err := AsErr(Code(4))
	fmt.Println(err, errors.Is(err, Code(4)))
}

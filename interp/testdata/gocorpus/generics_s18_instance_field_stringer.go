// Exercises: a generic type with a String method as the field type of a plain struct, by value and by pointer, printed directly and inside the struct.
package main

import "fmt"

type Opt[T any] struct{ val T }

func (o Opt[T]) String() string { return fmt.Sprint("Some(", o.val, ")") }

type Holder struct{ O Opt[string] }

type PHolder struct{ P *Opt[int] }

func main() {
	fmt.Println(Holder{Opt[string]{"x"}}.O, Holder{})
	fmt.Println(PHolder{&Opt[int]{7}}.P)
}

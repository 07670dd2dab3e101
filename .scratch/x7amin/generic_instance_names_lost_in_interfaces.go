package main

import (
	"fmt"
	"reflect"
)

type Plain struct{ V int }

type Box[T any] struct{ V T }

type List[T any] []T

func show[T any](x T) string { return fmt.Sprintf("%T", x) }

// A non-generic named type keeps its name through interfaces; generic instances lose it
// whenever the static type is not visible at the fmt call (any, *T in any, T in a generic func,
// %#v, reflect).
func main() {
	var plain any = Plain{1}
	var a any = Box[int]{1}
	var p any = &Box[int]{2}
	var l any = List[int]{3}
	fmt.Printf("%T | %T %#v | %T | %T %#v\n", plain, a, a, p, l, l)
	fmt.Println(show(Box[int]{}), show(List[string]{}))
	fmt.Println(reflect.TypeOf(a), reflect.TypeOf(l).Name() == "List[int]")
}

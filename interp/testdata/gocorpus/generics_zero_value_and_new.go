// Exercises: zero values of type parameters, *new(T), and pointers to generic values.
package main

import "fmt"

func Zero[T any]() T { return *new(T) }

func PtrTo[T any](v T) *T { return &v }

func Deref[T any](p *T, def T) T {
	if p == nil {
		return def
	}
	return *p
}

func main() {
	fmt.Printf("%q %v %v %v\n", Zero[string](), Zero[int](), Zero[[]int]() == nil, Zero[struct{ A bool }]())
	p := PtrTo(42)
	*p++
	fmt.Println(*p, Deref(p, 0), Deref[int](nil, -1))
	sp := PtrTo("s")
	fmt.Println(Deref(sp, "default"), Deref((*string)(nil), "default"))
}

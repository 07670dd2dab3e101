// Values of a generic type's type parameter stored in interfaces inside
// its methods: appended to a []any in a loop, put in a map[int]any, handed
// to a function taking any, returned as any, assigned to a fmt.Stringer,
// and a slice of them printed with fmt.Sprint and Println.
package main

import (
	"fmt"
	"strings"
)

type Prio int

func (p Prio) String() string { return [...]string{"lo", "hi", "mid"}[p] }

type Box[T any] struct{ xs []T }

var kept []any

func keep(v any) { kept = append(kept, v) }

func (b Box[T]) All() []any {
	var out []any
	for _, x := range b.xs {
		out = append(out, x)
	}
	return out
}

func (b Box[T]) Vars() []any {
	var out []any
	for _, x := range b.xs {
		var a any = x
		out = append(out, a)
	}
	return out
}

func (b Box[T]) Map() map[int]any {
	m := map[int]any{}
	for i, x := range b.xs {
		m[i] = x
	}
	return m
}

func (b Box[T]) Keep() {
	for _, x := range b.xs {
		keep(x)
	}
}

func (b Box[T]) At(i int) any { return b.xs[i] }

func (b Box[T]) String() string { return "Box" + fmt.Sprint(b.xs) }

type Named[T fmt.Stringer] struct{ v T }

func (n Named[T]) Get() fmt.Stringer {
	var s fmt.Stringer = n.v
	return s
}

func main() {
	b := Box[Prio]{[]Prio{1, 0, 2}}
	fmt.Println(b.All()...)
	fmt.Println(b.Vars()...)
	fmt.Println(b.Map())
	b.Keep()
	fmt.Println(kept...)
	fmt.Println(b.At(0), b.At(1), b.At(2))
	fmt.Println(b, b.String())
	n := Named[Prio]{2}
	fmt.Println(n.Get(), n.Get().String())
	ints := Box[int]{[]int{3, 4}}
	fmt.Println(ints.All(), ints.Map(), ints.At(1), ints)
	var sb strings.Builder
	fmt.Fprintln(&sb, b.xs, ints.xs)
	fmt.Print(sb.String())
}

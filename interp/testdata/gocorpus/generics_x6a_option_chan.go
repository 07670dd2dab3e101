// Exercises: generic Option type with methods, generic channel helper inferred from a channel of instances, generic method values, slices.Sort on a named slice
package main

import (
	"fmt"
	"slices"
)

type Opt[T any] struct {
	v  T
	ok bool
}

func Some[T any](v T) Opt[T]    { return Opt[T]{v, true} }
func (o Opt[T]) Get() (T, bool) { return o.v, o.ok }
func (o Opt[T]) Or(d T) T {
	if o.ok {
		return o.v
	}
	return d
}

func Collect[T any](ch <-chan T) []T {
	var out []T
	for v := range ch {
		out = append(out, v)
	}
	return out
}

type Names []string

func main() {
	ch := make(chan Opt[int], 3)
	ch <- Some(1)
	ch <- Opt[int]{}
	ch <- Some(3)
	close(ch)
	got := Collect(ch)
	for _, o := range got {
		fmt.Print(o.Or(-1), " ")
	}
	fmt.Println(got[1] == Opt[int]{}, got[0] == Some(1))
	or := Some("x").Or
	fmt.Println(or("d"), Opt[string]{}.Or("d"))
	n := Names{"c", "a", "b"}
	slices.Sort(n)
	fmt.Printf("%v %T\n", n, n)
	v, ok := got[2].Get()
	fmt.Println(v, ok)
}

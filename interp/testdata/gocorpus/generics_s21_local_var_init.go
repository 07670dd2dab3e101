package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Box[T any] struct{ v T }

func Wrap[T any](v T) Box[T] { return Box[T]{v} }
func Id[T any](v T) T        { return v }
func Pair[T any](v T) (T, T) { return v, v }
func Map[T, U any](xs []T, f func(T) U) []U {
	var out []U = make([]U, 0, len(xs))
	for _, x := range xs {
		var u U = f(x)
		out = append(out, u)
	}
	return out
}

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }
func (s *Stack[T]) Top() T {
	var top T = Id(s.items[len(s.items)-1])
	return top
}

func f() Box[int] {
	var a Box[int] = Wrap(5)
	return a
}

func g() string {
	var n int = Id(3) + 1
	var keys []string = slices.Sorted(maps.Keys(map[string]int{"b": 1, "a": 2}))
	var first, second = Pair("p")
	var up = strings.ToUpper(Id("x"))
	var any1 interface{} = Id(2.5)
	var (
		k = Id('k')
		z = 2
	)
	return fmt.Sprint(n, keys, first, second, up, any1, string(k), z)
}

func main() {
	fmt.Println(f(), g())
	var d Box[string] = Wrap("s")
	var e Box[float64] = Wrap(5.0)
	fmt.Println(e, d)
	lens := Map([]string{"a", "bb"}, func(s string) int { return len(s) })
	fmt.Println(lens)
	s := &Stack[string]{}
	s.Push("top")
	fmt.Println(s.Top())
}

// Exercises: generic variadic functions (spread, listed, none, recursive, explicit type arguments) called from generic bodies with named type arguments
package main

import (
	"fmt"
	"strings"
)

type Loss float64
type Tag string

type Number interface{ ~int | ~float64 }

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Join[S ~string](sep string, parts ...S) S {
	ss := make([]string, len(parts))
	for i, p := range parts {
		ss[i] = string(p)
	}
	return S(strings.Join(ss, sep))
}

func Max[T Number](first T, rest ...T) T {
	if len(rest) == 0 {
		return first
	}
	m := Max(rest[0], rest[1:]...)
	if first > m {
		return first
	}
	return m
}

func Log[T any](prefix string, xs ...T) {
	fmt.Println(prefix, len(xs), xs)
}

func Mean[T Number](xs []T) float64 { return float64(Sum(xs...)) / float64(len(xs)) }
func Pair[T Number](a, b T) T       { return Sum(a, b) }
func Zero[T Number]() T             { return Sum[T]() }
func Tags[S ~string](a, b S) S      { return Join("+", a, b) }
func Show[T any](xs []T)            { Log("show", xs...); Log[T]("none") }

func IsNil[T any](xs ...T) bool { return xs == nil }
func CallNil[T any]() bool      { return IsNil[T]() }
func init()                     { fmt.Println(CallNil[int](), IsNil[int]()) }

func main() {
	ls := []Loss{1.5, 2.5, 4}
	fmt.Println(Sum(ls...), Mean(ls), Pair(Loss(1), 2), Zero[Loss](), Pair(2, 3))
	fmt.Printf("%T %v\n", Sum(ls...), Max(Loss(3), 7, 2))
	fmt.Println(Tags(Tag("a"), "b"), Join("-", Tag("x"), Tag("y")))
	Show([]Tag{"p", "q"})
	f := Sum[int]
	fmt.Println(f(1, 2, 3), Max(5))
}

// Exercises: conversions to a type parameter instantiated with the
// program's own named types, and a call that gives only some of the type
// arguments (the rest inferred through a core type).
package main

import (
	"fmt"
	"strings"
)

type Number interface{ ~int | ~int64 | ~float64 }

type Celsius float64
type Count int

func Scale[T Number](xs []T, k float64) []T {
	out := make([]T, len(xs))
	for i, x := range xs {
		out[i] = T(float64(x) * k)
	}
	return out
}

func Mean[T Number](xs ...T) T {
	var sum T
	for _, x := range xs {
		sum += x
	}
	return sum / T(len(xs))
}

type Label string

func Title[S ~string](s S) S { return S(strings.ToUpper(string(s[:1])) + string(s[1:])) }

type Setter[T any] interface {
	*T
	Set(string)
}

type Config struct{ v string }

func (c *Config) Set(s string) { c.v = "cfg:" + s }

func Parse[T any, PT Setter[T]](s string) T {
	var v T
	PT(&v).Set(s)
	return v
}

func main() {
	fmt.Println(Scale([]Celsius{10, 20.5}, 2), Scale([]Count{3, 4}, 1.5))
	m := Mean(Celsius(1), 2, 4)
	fmt.Printf("%v %T\n", m, m)
	fmt.Println(Mean(Count(7), 2), Mean(1.0, 2.0))
	t := Title(Label("gopher"))
	fmt.Printf("%q %T\n", t, t)
	fmt.Println(Parse[Config]("x").v)
}

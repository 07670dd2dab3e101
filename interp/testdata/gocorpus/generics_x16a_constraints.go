package main

import (
	"fmt"
	"strings"
)

type Numeric interface {
	~int | ~int32 | ~int64 | ~float32 | ~float64
}

type Vec[T Numeric] []T

func (v Vec[T]) Add(o Vec[T]) Vec[T] {
	out := make(Vec[T], len(v))
	for i := range v {
		out[i] = v[i] + o[i]
	}
	return out
}

func (v Vec[T]) Dot(o Vec[T]) T {
	var s T
	for i := range v {
		s += v[i] * o[i]
	}
	return s
}

func (v Vec[T]) Scale(k T) Vec[T] {
	out := make(Vec[T], 0, len(v))
	for _, x := range v {
		out = append(out, x*k)
	}
	return out
}

type Meters int

type Shower interface {
	comparable
	Show() string
}

type Tag string

func (t Tag) Show() string { return "#" + string(t) }

func Dedup[T Shower](xs []T) string {
	seen := map[T]bool{}
	var parts []string
	for _, x := range xs {
		if !seen[x] {
			seen[x] = true
			parts = append(parts, x.Show())
		}
	}
	return strings.Join(parts, " ")
}

func Keys[M ~map[K]V, K comparable, V any](m M) int { return len(m) }

type Inventory map[string]int

func Ptr[T any](v T) *T { return &v }

func Zero[T any]() (z T) { return }

func main() {
	a := Vec[int]{1, 2, 3}
	b := Vec[int]{4, 5, 6}
	fmt.Println(a.Add(b), a.Dot(b), a.Scale(10))
	f := Vec[float64]{0.5, 1.5}
	fmt.Println(f.Scale(2).Dot(f), f.Add(f))
	m := Vec[Meters]{100, 250}
	fmt.Printf("%v %T %v\n", m.Scale(2), m.Dot(m), m.Dot(m))
	fmt.Println(Dedup([]Tag{"go", "rust", "go", "zig", "rust"}))
	fmt.Println(Keys(Inventory{"a": 1, "b": 2}), Keys(map[int]bool{}))
	p := Ptr(42)
	*p++
	s := Ptr("x")
	fmt.Println(*p, *s, Zero[int](), Zero[string]() == "", Zero[*int]() == nil, Zero[[]int]() == nil)
}

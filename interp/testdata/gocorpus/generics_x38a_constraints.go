package main

import (
	"fmt"
	"strconv"
	"strings"
)

type Integer interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64
}

type Float interface{ ~float32 | ~float64 }

type Number interface{ Integer | Float }

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Average[T Number](xs []T) float64 {
	if len(xs) == 0 {
		return 0
	}
	return float64(Sum(xs)) / float64(len(xs))
}

func Filter[T any](xs []T, pred func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if pred(x) {
			out = append(out, x)
		}
	}
	return out
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

// StringableInt requires both the underlying type and a method.
type StringableInt interface {
	~int
	String() string
}

type Weekday int

func (d Weekday) String() string {
	return [...]string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}[d%7]
}

func Describe[T StringableInt](vals []T) string {
	var b strings.Builder
	for i, v := range vals {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(v.String() + "=" + strconv.Itoa(int(v)))
	}
	return b.String()
}

// Scale keeps the caller's slice type, as in the "Why generics?" talk.
func Scale[S ~[]E, E Integer](s S, c E) S {
	r := make(S, len(s))
	for i, v := range s {
		r[i] = v * c
	}
	return r
}

type Point []int32

func (p Point) String() string { return fmt.Sprintf("Point%v", []int32(p)) }

type Meters float64

func Keys[M ~map[K]V, K comparable, V any](m M) int { return len(m) }

func Ptr[T any](v T) *T { return &v }

func main() {
	fmt.Println(Sum([]int{1, 2, 3}), Sum([]float64{1.5, 2.25}), Sum([]int8{100, 27}))
	fmt.Printf("%.3f %v\n", Average([]Meters{1.5, 2, 3.25}), Sum([]Meters{1, 2}))
	evens := Filter([]int{1, 2, 3, 4, 5, 6}, func(n int) bool { return n%2 == 0 })
	fmt.Println(evens)
	joined := Reduce([]string{"a", "b", "c"}, "", func(acc string, s string) string { return acc + s })
	lengths := Reduce([]string{"go", "gopher"}, 0, func(acc int, s string) int { return acc + len(s) })
	fmt.Println(joined, lengths)
	fmt.Println(Describe([]Weekday{1, 3, 6}))

	p := Point{1, 2, 3}
	sp := Scale(p, 2)
	fmt.Println(sp, sp.String())
	fmt.Printf("%T %T\n", sp, Scale([]int{1}, 3))

	type Env map[string]string
	fmt.Println(Keys(Env{"a": "1", "b": "2"}))
	ip := Ptr(42)
	sp2 := Ptr("s")
	*ip++
	fmt.Println(*ip, *sp2)

	var w Weekday = 8
	fmt.Printf("%v %d %s\n", w, w, Weekday(0))
}

package main

import (
	"fmt"
	"sort"
	"strings"
)

type Numeric interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~uint8 | ~float32 | ~float64
}

func Sum[T Numeric](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Mean[T Numeric](xs []T) float64 {
	if len(xs) == 0 {
		return 0
	}
	return float64(Sum(xs...)) / float64(len(xs))
}

type Stringish interface{ ~string }

func JoinAll[S Stringish](xs []S, sep string) string {
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = string(x)
	}
	return strings.Join(parts, sep)
}

type Color string
type Meters float32
type Score uint8

type Stack[T any] []T

func (s *Stack[T]) Push(v ...T) { *s = append(*s, v...) }
func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(*s) == 0 {
		return zero, false
	}
	v := (*s)[len(*s)-1]
	*s = (*s)[:len(*s)-1]
	return v, true
}

type Keyed interface {
	comparable
	Key() string
}

type City struct{ Name, Country string }

func (c City) Key() string { return c.Country + "/" + c.Name }

func Index[T Keyed](xs []T) map[string]T {
	m := make(map[string]T)
	for _, x := range xs {
		m[x.Key()] = x
	}
	return m
}

func SortedKeys[M ~map[K]V, K ~string, V any](m M) []K {
	ks := make([]K, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Slice(ks, func(i, j int) bool { return ks[i] < ks[j] })
	return ks
}

func Ptr[T any](v T) *T { return &v }

func Zero[T any]() (z T) { return }

func main() {
	fmt.Println(Sum(1, 2, 3), Sum(1.5, 2.25), Sum[Meters](1.1, 2.2), Sum[Score](200, 100))
	fmt.Println(Mean([]int8{100, 100, 100}), Mean([]float32{}), Mean([]uint{1, 2}))
	fmt.Println(JoinAll([]Color{"red", "green"}, "+"), JoinAll([]string{"x"}, ","))
	var st Stack[Color]
	st.Push("a", "b", "c")
	for {
		v, ok := st.Pop()
		if !ok {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println(len(st))
	idx := Index([]City{{"Paris", "FR"}, {"Lyon", "FR"}, {"Rome", "IT"}})
	fmt.Println(SortedKeys(idx), idx["IT/Rome"] == City{"Rome", "IT"})
	type Inventory map[string]int
	inv := Inventory{"b": 2, "a": 1}
	fmt.Println(SortedKeys(inv))
	p := Ptr(42)
	*p++
	fmt.Println(*p, *Ptr("s"), Zero[int](), Zero[*City]() == nil, Zero[[]int]() == nil, fmt.Sprintf("%q", Zero[string]()))
	fmt.Printf("%T %T %T\n", Sum[Score], st, Zero[map[Color]Meters]())
}

package main

import (
	"fmt"
	"strings"
)

type Integer interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64
}

type Float interface {
	~float32 | ~float64
}

type Number interface {
	Integer | Float
}

type Celsius float64
type Meters int
type UserID int64

type Stringish interface {
	~string
	Len() int
}

type Name string

func (n Name) Len() int { return len([]rune(string(n))) }

func Sum[T Number](xs ...T) T {
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
	return float64(Sum(xs...)) / float64(len(xs))
}

func Clamp[T Integer | Float](v, lo, hi T) T {
	return max(lo, min(v, hi))
}

func Longest[S Stringish](items []S) S {
	var best S
	for _, it := range items {
		if it.Len() > best.Len() {
			best = it
		}
	}
	return best
}

func Join[S ~string](items []S, sep string) string {
	parts := make([]string, len(items))
	for i, it := range items {
		parts[i] = strings.ToUpper(string(it))
	}
	return strings.Join(parts, sep)
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=>%v", p.Key, p.Val) }

func Zip[K comparable, V any](ks []K, vs []V) []Pair[K, V] {
	n := min(len(ks), len(vs))
	out := make([]Pair[K, V], 0, n)
	for i := range n {
		out = append(out, Pair[K, V]{ks[i], vs[i]})
	}
	return out
}

func Scale[S ~[]E, E Number](s S, f E) S {
	out := make(S, len(s))
	for i, v := range s {
		out[i] = v * f
	}
	return out
}

type Temps []Celsius

func (t Temps) Max() Celsius {
	m := t[0]
	for _, v := range t[1:] {
		m = max(m, v)
	}
	return m
}

func main() {
	fmt.Println(Sum(1, 2, 3), Sum(1.5, 2.25), Sum[Meters](100, 250))
	fmt.Printf("%T %v\n", Sum[Celsius](20.5, 1.5), Sum[Celsius](20.5, 1.5))
	fmt.Printf("%.3f %.3f\n", Average([]UserID{4, 7, 9}), Average([]float32{}))
	fmt.Println(Clamp(15, 0, 10), Clamp(-2.5, -1, 1), Clamp[Meters](5, 1, 9))
	names := []Name{"Ann", "Bartholomew", "Zoë", "Christopher"}
	fmt.Println(Longest(names), Join(names, "+"))
	fmt.Println(Zip([]string{"a", "b", "c"}, []int{1, 2}))
	t := Scale(Temps{10, 20.5, -3}, 2)
	fmt.Printf("%T %v max=%v\n", t, t, t.Max())
	ints := Scale([]int8{1, 2, 60}, 3)
	fmt.Println(ints)
	var total Meters
	for _, p := range Zip([]Meters{5, 10}, []bool{true, false}) {
		if p.Val {
			total += p.Key
		}
		fmt.Print(p, " ")
	}
	fmt.Println(total)
}

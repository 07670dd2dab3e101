package main

import (
	"cmp"
	"fmt"
	"strings"
)

type Number interface {
	~int | ~int32 | ~int64 | ~float32 | ~float64
}

type Celsius float64
type Score int

func Sum[T Number](xs ...T) T {
	var total T
	for _, x := range xs {
		total += x
	}
	return total
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
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

func MaxOf[T cmp.Ordered](first T, rest ...T) T {
	m := first
	for _, r := range rest {
		m = max(m, r)
	}
	return m
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

func Zip[K comparable, V any](ks []K, vs []V) []Pair[K, V] {
	n := min(len(ks), len(vs))
	ps := make([]Pair[K, V], n)
	for i := range n {
		ps[i] = Pair[K, V]{ks[i], vs[i]}
	}
	return ps
}

type Stringish interface {
	~string
}

func JoinAll[S Stringish](parts []S, sep string) string {
	ss := Map(parts, func(s S) string { return string(s) })
	return strings.Join(ss, sep)
}

type Color string

func main() {
	fmt.Println(Sum(1, 2, 3), Sum(1.5, 2.25), Sum[Celsius](20, 21.5, -3))
	fmt.Printf("%T %v\n", Sum[Score](10, 20), Sum[Score](10, 20))
	sq := Map([]int{1, 2, 3, 4}, func(x int) int { return x * x })
	fmt.Println(sq)
	strs := Map(sq, func(x int) string { return fmt.Sprintf("<%d>", x) })
	fmt.Println(strs, len(strs))
	total := Reduce(sq, 0.5, func(a float64, x int) float64 { return a + float64(x) })
	fmt.Println(total)
	fmt.Println(MaxOf(3, 9, 2), MaxOf("pear", "apple", "zoo"), MaxOf(Celsius(-1)))
	ps := Zip([]string{"a", "b", "c"}, []float64{1.5, 2.5})
	fmt.Println(ps)
	fmt.Printf("%v %+v\n", ps[0], ps[1])
	fmt.Println(JoinAll([]Color{"red", "green", "blue"}, "/"))
	longest := Reduce(strs, "", func(a, s string) string {
		if len(s) > len(a) {
			return s
		}
		return a
	})
	fmt.Println(longest)
}

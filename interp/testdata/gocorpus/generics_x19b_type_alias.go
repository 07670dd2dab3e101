package main

import (
	"fmt"
	"slices"
	"sort"
)

type Set[T comparable] = map[T]struct{}

type Celsius = float64

type Matrix[T ~int | ~float64] [][]T

func Of[T comparable](xs ...T) Set[T] {
	s := Set[T]{}
	for _, x := range xs {
		s[x] = struct{}{}
	}
	return s
}

func Union[T comparable](a, b Set[T]) Set[T] {
	out := Set[T]{}
	for k := range a {
		out[k] = struct{}{}
	}
	for k := range b {
		out[k] = struct{}{}
	}
	return out
}

func SortedKeys[T interface {
	comparable
	~int | ~string
}](s Set[T]) []T {
	var out []T
	for k := range s {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

func (m Matrix[T]) Mul(o Matrix[T]) Matrix[T] {
	out := make(Matrix[T], len(m))
	for i := range m {
		out[i] = make([]T, len(o[0]))
		for j := range o[0] {
			for k := range o {
				out[i][j] += m[i][k] * o[k][j]
			}
		}
	}
	return out
}

func (m Matrix[T]) Transpose() Matrix[T] {
	out := make(Matrix[T], len(m[0]))
	for j := range out {
		out[j] = make([]T, len(m))
		for i := range m {
			out[j][i] = m[i][j]
		}
	}
	return out
}

type StrSet = Set[string]

func main() {
	a := Of(3, 1, 2)
	b := Of(2, 5)
	u := Union(a, b)
	fmt.Println(SortedKeys(u), len(u))
	fmt.Printf("%T\n", u)

	var ss StrSet = map[string]struct{}{"y": {}, "x": {}}
	keys := SortedKeys(ss)
	fmt.Println(keys)

	var t Celsius = 36.6
	var f float64 = t
	fmt.Printf("%v %T\n", f, t)

	m := Matrix[int]{{1, 2}, {3, 4}}
	fmt.Println(m.Mul(m), m.Transpose())
	fm := Matrix[float64]{{0.5, 1, 2}}
	fmt.Println(fm.Transpose(), fm.Mul(fm.Transpose()))

	words := []string{"pear", "fig", "apple"}
	sort.Sort(sort.Reverse(sort.StringSlice(words)))
	fmt.Println(words)
}

package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func GroupBy[T any, K comparable](xs []T, key func(T) K) map[K][]T {
	m := make(map[K][]T)
	for _, x := range xs {
		k := key(x)
		m[k] = append(m[k], x)
	}
	return m
}

func SumBy[T any, N int | int64 | float64](xs []T, f func(T) N) N {
	var s N
	for _, x := range xs {
		s += f(x)
	}
	return s
}

type Pair[K cmp.Ordered, V any] struct {
	Key K
	Val V
}

func SortedPairs[K cmp.Ordered, V any](m map[K]V) []Pair[K, V] {
	ps := make([]Pair[K, V], 0, len(m))
	for k, v := range m {
		ps = append(ps, Pair[K, V]{k, v})
	}
	slices.SortFunc(ps, func(a, b Pair[K, V]) int { return cmp.Compare(a.Key, b.Key) })
	return ps
}

type Employee struct {
	Name   string
	Dept   string
	Salary int64
}

func main() {
	staff := []Employee{
		{"Ann", "eng", 120000}, {"Bo", "ops", 70000}, {"Cy", "eng", 95000},
		{"Di", "sales", 65000}, {"Ed", "ops", 72000},
	}
	names := Map(staff, func(e Employee) string { return strings.ToUpper(e.Name) })
	fmt.Println(names)
	rich := Filter(staff, func(e Employee) bool { return e.Salary > 71000 })
	fmt.Printf("%v\n", rich)
	groups := GroupBy(staff, func(e Employee) string { return e.Dept })
	for _, p := range SortedPairs(groups) {
		total := SumBy(p.Val, func(e Employee) int64 { return e.Salary })
		avg := SumBy(p.Val, func(e Employee) float64 { return float64(e.Salary) }) / float64(len(p.Val))
		fmt.Printf("%-5s n=%d total=%d avg=%.1f\n", p.Key, len(p.Val), total, avg)
	}
	top := slices.MaxFunc(staff, func(a, b Employee) int { return cmp.Compare(a.Salary, b.Salary) })
	fmt.Printf("%+v\n", top)
	fmt.Printf("%T\n", SortedPairs(map[int]bool{1: true}))
}

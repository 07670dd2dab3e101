package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

// Generic type aliases (Go 1.24).
type Set[T comparable] = map[T]struct{}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

type StringPairs[V any] = []Pair[string, V]

type Graph[N comparable] = map[N][]N

func SetOf[T comparable](vals ...T) Set[T] {
	s := make(Set[T], len(vals))
	for _, v := range vals {
		s[v] = struct{}{}
	}
	return s
}

func Reachable[N comparable](g Graph[N], start N) Set[N] {
	seen := Set[N]{}
	var visit func(N)
	visit = func(n N) {
		if _, ok := seen[n]; ok {
			return
		}
		seen[n] = struct{}{}
		for _, m := range g[n] {
			visit(m)
		}
	}
	visit(start)
	return seen
}

func SortedPairs[V any](m map[string]V) StringPairs[V] {
	var out StringPairs[V]
	for _, k := range slices.Sorted(maps.Keys(m)) {
		out = append(out, Pair[string, V]{k, m[k]})
	}
	return out
}

type Celsius = float64

func main() {
	s := SetOf("go", "rust", "zig", "go")
	fmt.Println(len(s), slices.Sorted(maps.Keys(s)))
	var plain map[string]struct{} = s
	fmt.Printf("%T %T\n", s, plain)

	g := Graph[string]{
		"a": {"b", "c"},
		"b": {"d"},
		"c": {"d", "e"},
		"d": nil,
		"e": {"a"},
		"x": {"y"},
	}
	r := Reachable(g, "b")
	fmt.Println("from b:", slices.Sorted(maps.Keys(r)))
	r = Reachable(g, "c")
	fmt.Println("from c:", slices.Sorted(maps.Keys(r)))

	prices := map[string]float64{"tea": 2.5, "coffee": 3.1, "water": 0.9}
	ps := SortedPairs(prices)
	for _, p := range ps {
		fmt.Printf("%-7s %5.2f\n", p.Key, p.Val)
	}
	fmt.Printf("%+v\n", ps[0])
	fmt.Printf("%T\n", ps)

	var t Celsius = 21.5
	fmt.Printf("%v %T\n", t, t)

	ints := SortedPairs(map[string]int{"b": 2, "a": 1})
	var names []string
	for _, p := range ints {
		names = append(names, strings.Repeat(p.Key, p.Val))
	}
	fmt.Println(names)
}

package main

import (
	"fmt"
	"sort"
)

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func Entries[K comparable, V any](m map[K]V, less func(a, b K) bool) []Pair[K, V] {
	out := make([]Pair[K, V], 0, len(m))
	for k, v := range m {
		out = append(out, Pair[K, V]{k, v})
	}
	sort.Slice(out, func(i, j int) bool { return less(out[i].Key, out[j].Key) })
	return out
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func main() {
	es := Entries(map[string]int{"b": 2, "a": 1}, func(a, b string) bool { return a < b })
	fmt.Println(es, fmt.Sprintf("%+v", es[0]))
	fmt.Println(Map(es, func(p Pair[string, int]) string { return p.Key + "!" }))
	fmt.Printf("%T\n", es[0])
}

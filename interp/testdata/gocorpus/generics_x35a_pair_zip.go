package main

import (
	"fmt"
	"sort"
	"strings"
)

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("(%v, %v)", p.Key, p.Val) }

func Zip[A comparable, B any](as []A, bs []B) []Pair[A, B] {
	n := min(len(as), len(bs))
	out := make([]Pair[A, B], n)
	for i := range n {
		out[i] = Pair[A, B]{as[i], bs[i]}
	}
	return out
}

func Enumerate[T any](xs []T) []Pair[int, T] {
	idx := make([]int, len(xs))
	for i := range idx {
		idx[i] = i
	}
	return Zip(idx, xs)
}

func ToMap[K comparable, V any](ps []Pair[K, V]) map[K]V {
	m := make(map[K]V, len(ps))
	for _, p := range ps {
		m[p.Key] = p.Val
	}
	return m
}

func Items[K comparable, V any](m map[K]V, less func(a, b K) bool) []Pair[K, V] {
	out := make([]Pair[K, V], 0, len(m))
	for k, v := range m {
		out = append(out, Pair[K, V]{k, v})
	}
	sort.Slice(out, func(i, j int) bool { return less(out[i].Key, out[j].Key) })
	return out
}

func GroupBy[T any, K comparable](xs []T, key func(T) K) map[K][]T {
	g := map[K][]T{}
	for _, x := range xs {
		k := key(x)
		g[k] = append(g[k], x)
	}
	return g
}

func main() {
	names := []string{"ann", "bob", "cy", "dee"}
	ages := []int{31, 25, 40}
	zipped := Zip(names, ages)
	fmt.Println(zipped)
	fmt.Printf("%v %+v\n", zipped[0], zipped[1])

	for _, p := range Enumerate([]string{"a", "b", "c"}) {
		fmt.Print(p.Key, "=", p.Val, " ")
	}
	fmt.Println()

	m := ToMap(zipped)
	fmt.Println(m, len(m))
	fmt.Println(Items(m, func(a, b string) bool { return a > b }))

	words := strings.Fields("apple avocado banana blueberry cherry apricot")
	groups := GroupBy(words, func(w string) byte { return w[0] })
	for _, p := range Items(groups, func(a, b byte) bool { return a < b }) {
		fmt.Printf("%c: %v\n", p.Key, p.Val)
	}
	byLen := GroupBy(words, func(w string) int { return len(w) })
	fmt.Println(byLen)
}

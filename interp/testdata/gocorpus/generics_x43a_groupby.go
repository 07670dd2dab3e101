package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Number interface {
	~int | ~int64 | ~float64
}

func GroupBy[T any, K comparable](items []T, key func(T) K) map[K][]T {
	out := make(map[K][]T)
	for _, it := range items {
		k := key(it)
		out[k] = append(out[k], it)
	}
	return out
}

func SumBy[T any, N Number](items []T, f func(T) N) N {
	var total N
	for _, it := range items {
		total += f(it)
	}
	return total
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

type Pair[K cmp.Ordered, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v→%v", p.Key, p.Val) }

func SortedPairs[K cmp.Ordered, V any](m map[K]V) []Pair[K, V] {
	out := make([]Pair[K, V], 0, len(m))
	for _, k := range slices.Sorted(maps.Keys(m)) {
		out = append(out, Pair[K, V]{k, m[k]})
	}
	return out
}

type Expense struct {
	Who      string
	Category string
	Amount   float64
}

type Meters int

func main() {
	ex := []Expense{
		{"ana", "food", 12.5}, {"bo", "travel", 80}, {"ana", "travel", 42.25},
		{"cy", "food", 7.75}, {"bo", "food", 19}, {"ana", "books", 30},
	}
	byCat := GroupBy(ex, func(e Expense) string { return e.Category })
	for _, p := range SortedPairs(byCat) {
		total := SumBy(p.Val, func(e Expense) float64 { return e.Amount })
		who := strings.Join(Map(p.Val, func(e Expense) string { return e.Who }), ",")
		fmt.Printf("%-7s %8.2f  %s\n", p.Key, total, who)
	}
	counts := map[string]int{}
	for w, es := range GroupBy(ex, func(e Expense) string { return e.Who }) {
		counts[w] = len(es)
	}
	fmt.Println(SortedPairs(counts))
	fmt.Printf("%v\n", SortedPairs(map[int]bool{3: true, 1: false}))
	dists := []Meters{120, 300, 45}
	fmt.Println(SumBy(dists, func(m Meters) Meters { return m }))
	fmt.Printf("%T\n", SortedPairs(counts)[0])
	lens := GroupBy([]string{"go", "is", "fun", "and", "fast", "!"}, func(s string) int { return len(s) })
	fmt.Println(lens)
}

package main

import (
	"cmp"
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

func Filter2[K, V any](seq iter.Seq2[K, V], keep func(K, V) bool) iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		for k, v := range seq {
			if keep(k, v) && !yield(k, v) {
				return
			}
		}
	}
}

func SortedByKey[K cmp.Ordered, V any](m map[K]V) iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		for _, k := range slices.Sorted(maps.Keys(m)) {
			if !yield(k, m[k]) {
				return
			}
		}
	}
}

func Fold[T, A any](seq iter.Seq[T], acc A, f func(A, T) A) A {
	for v := range seq {
		acc = f(acc, v)
	}
	return acc
}

func Window[T any](s []T, n int) iter.Seq[[]T] {
	return func(yield func([]T) bool) {
		for i := 0; i+n <= len(s); i++ {
			if !yield(s[i : i+n]) {
				return
			}
		}
	}
}

func Flatten[T any](seqs ...iter.Seq[T]) iter.Seq[T] {
	return func(yield func(T) bool) {
		for _, s := range seqs {
			for v := range s {
				if !yield(v) {
					return
				}
			}
		}
	}
}

func Dedup[T comparable](seq iter.Seq[T]) iter.Seq[T] {
	return func(yield func(T) bool) {
		seen := map[T]bool{}
		for v := range seq {
			if seen[v] {
				continue
			}
			seen[v] = true
			if !yield(v) {
				return
			}
		}
	}
}

type Inventory map[string]int

func (inv Inventory) Low(threshold int) iter.Seq2[string, int] {
	return Filter2(SortedByKey(inv), func(_ string, n int) bool { return n < threshold })
}

func main() {
	inv := Inventory{"apples": 12, "pears": 3, "kiwis": 0, "plums": 7, "figs": 2}
	for name, n := range inv.Low(5) {
		fmt.Printf("%s:%d ", name, n)
	}
	fmt.Println()
	for name := range inv.Low(100) {
		if strings.HasPrefix(name, "p") {
			fmt.Println("first p:", name)
			break
		}
	}
	total := Fold(maps.Values(inv), 0, func(a, n int) int { return a + n })
	longest := Fold(maps.Keys(inv), "", func(a, k string) string {
		if len(k) > len(a) || (len(k) == len(a) && k < a) {
			return k
		}
		return a
	})
	fmt.Println(total, longest)
	temps := []float64{20, 22, 25, 24, 19, 18, 23}
	for w := range Window(temps, 3) {
		avg := Fold(slices.Values(w), 0.0, func(a, t float64) float64 { return a + t/3 })
		fmt.Printf("%.1f ", avg)
	}
	fmt.Println()
	merged := slices.Collect(Dedup(Flatten(slices.Values([]int{3, 1, 3}), slices.Values([]int{2, 1, 4}), maps.Keys(map[int]bool{9: true}))))
	fmt.Println(merged)
	words := strings.Fields("b a c a b d")
	uniq := slices.Collect(Dedup(slices.Values(words)))
	fmt.Println(uniq, slices.Sorted(Dedup(slices.Values(words))))
	count := 0
	for range Window(words, 2) {
		count++
	}
	fmt.Println(count)
}

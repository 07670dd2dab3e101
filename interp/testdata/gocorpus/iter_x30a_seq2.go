package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

func Enumerate[T any](seq iter.Seq[T]) iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		i := 0
		for v := range seq {
			if !yield(i, v) {
				return
			}
			i++
		}
	}
}

func Zip[A, B any](as iter.Seq[A], bs iter.Seq[B]) iter.Seq2[A, B] {
	return func(yield func(A, B) bool) {
		nextB, stop := iter.Pull(bs)
		defer stop()
		for a := range as {
			b, ok := nextB()
			if !ok || !yield(a, b) {
				return
			}
		}
	}
}

func Keys[K, V any](seq iter.Seq2[K, V]) iter.Seq[K] {
	return func(yield func(K) bool) {
		for k := range seq {
			if !yield(k) {
				return
			}
		}
	}
}

func Swap[K, V any](seq iter.Seq2[K, V]) iter.Seq2[V, K] {
	return func(yield func(V, K) bool) {
		for k, v := range seq {
			if !yield(v, k) {
				return
			}
		}
	}
}

func main() {
	fruits := []string{"apple", "banana", "cherry"}
	for i, f := range Enumerate(slices.Values(fruits)) {
		fmt.Println(i, f)
	}

	prices := []float64{1.2, 0.5, 3.0, 9.9}
	for f, p := range Zip(slices.Values(fruits), slices.Values(prices)) {
		fmt.Printf("%s=%.2f\n", f, p)
	}

	index := maps.Collect(Swap(slices.All(fruits)))
	fmt.Println(index)

	next, stop := iter.Pull2(maps.All(map[string]int{"only": 1}))
	k, v, ok := next()
	fmt.Println(k, v, ok)
	k, v, ok = next()
	fmt.Printf("%q %d %v\n", k, v, ok)
	stop()

	upper := slices.Collect(Keys(Swap(Enumerate(slices.Values(strings.Fields("x y z"))))))
	fmt.Println(upper)

	for i, s := range slices.Backward(fruits) {
		fmt.Print(i, ":", s, " ")
	}
	fmt.Println()

	sorted := slices.SortedFunc(slices.Values(fruits), func(a, b string) int {
		return strings.Compare(b, a)
	})
	fmt.Println(sorted)
	fmt.Println(slices.AppendSeq([]string{"kiwi"}, slices.Values(fruits)))

	total := 0
	for _, n := range Enumerate(func(yield func(int) bool) {
		for n := 10; n > 0; n -= 3 {
			if !yield(n) {
				return
			}
		}
	}) {
		total += n
	}
	fmt.Println("total", total)
}

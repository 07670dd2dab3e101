package main

import (
	"cmp"
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v:%v", p.Key, p.Val) }

func MapSeq[T, U any](s iter.Seq[T], f func(T) U) iter.Seq[U] {
	return func(yield func(U) bool) {
		for x := range s {
			if !yield(f(x)) {
				return
			}
		}
	}
}

func Take[T any](s iter.Seq[T], n int) iter.Seq[T] {
	return func(yield func(T) bool) {
		if n <= 0 {
			return
		}
		i := 0
		for x := range s {
			if !yield(x) {
				return
			}
			i++
			if i == n {
				return
			}
		}
	}
}

func Naturals() iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 0; ; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func GroupBy[T any, K comparable](xs []T, key func(T) K) map[K][]T {
	out := map[K][]T{}
	for _, x := range xs {
		k := key(x)
		out[k] = append(out[k], x)
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

func SortedPairs[K cmp.Ordered, V any](m map[K]V) []Pair[K, V] {
	var ps []Pair[K, V]
	for _, k := range slices.Sorted(maps.Keys(m)) {
		ps = append(ps, Pair[K, V]{k, m[k]})
	}
	return ps
}

func Enumerate[T any](xs []T) iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		for i, x := range xs {
			if !yield(i, x) {
				return
			}
		}
	}
}

func main() {
	sq := slices.Collect(Take(MapSeq(Naturals(), func(i int) int { return i * i }), 8))
	fmt.Println(sq)
	words := strings.Fields("apple avocado banana blueberry cherry cranberry date apricot")
	g := GroupBy(words, func(w string) byte { return w[0] })
	for _, p := range SortedPairs(g) {
		fmt.Printf("%c=%v ", p.Key, p.Val)
	}
	fmt.Println()
	lens := Reduce(words, map[int]int{}, func(m map[int]int, w string) map[int]int { m[len(w)]++; return m })
	fmt.Println(lens, SortedPairs(lens))
	longest := Reduce(words, "", func(a, w string) string {
		if len(w) > len(a) {
			return w
		}
		return a
	})
	fmt.Println(longest)
	for i, w := range Enumerate(words) {
		if i >= 3 {
			break
		}
		fmt.Print(i, "=", w, " ")
	}
	fmt.Println()
	idx, found := slices.BinarySearch(sq, 25)
	fmt.Println(idx, found, slices.Index(words, "date"), slices.Contains(words, "fig"))
	chunks := slices.Collect(slices.Chunk(words, 3))
	fmt.Println(len(chunks), chunks[len(chunks)-1])
	fmt.Println(slices.MaxFunc(words, func(a, b string) int { return cmp.Compare(a[len(a)-1], b[len(b)-1]) }))
}

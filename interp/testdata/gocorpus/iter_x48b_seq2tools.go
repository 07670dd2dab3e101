package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

func Keys[K, V any](seq iter.Seq2[K, V]) iter.Seq[K] {
	return func(yield func(K) bool) {
		for k := range seq {
			if !yield(k) {
				return
			}
		}
	}
}

func FilterKV[K, V any](seq iter.Seq2[K, V], pred func(K, V) bool) iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		for k, v := range seq {
			if pred(k, v) && !yield(k, v) {
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

func SortedByKey[K interface{ ~string | ~int }, V any](m map[K]V) iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		for _, k := range slices.Sorted(maps.Keys(m)) {
			if !yield(k, m[k]) {
				return
			}
		}
	}
}

func Lines(s string) iter.Seq2[int, string] {
	return func(yield func(int, string) bool) {
		n := 1
		for line := range strings.SplitSeq(s, "\n") {
			if !yield(n, line) {
				return
			}
			n++
		}
	}
}

const doc = `# title
some text
# section
more text
  # not a heading
end`

func main() {
	stock := map[string]int{"apple": 5, "pear": 0, "plum": 12, "fig": 3, "kiwi": 0}
	for k, v := range SortedByKey(stock) {
		fmt.Printf("%s=%d ", k, v)
	}
	fmt.Println()
	inStock := FilterKV(SortedByKey(stock), func(_ string, n int) bool { return n > 0 })
	fmt.Println(slices.Collect(Keys(inStock)))
	byCount := maps.Collect(Swap(inStock))
	fmt.Println(byCount)

	for n, line := range FilterKV(Lines(doc), func(_ int, l string) bool {
		return strings.HasPrefix(l, "#")
	}) {
		fmt.Printf("%d: %q\n", n, strings.TrimSpace(strings.TrimPrefix(line, "#")))
	}
	count := 0
	for range Lines(doc) {
		count++
	}
	fmt.Println("lines", count)

	idx := maps.Collect(Swap(slices.All([]string{"a", "b", "c"})))
	fmt.Println(idx)
	for i, s := range slices.Backward([]string{"x", "y", "z"}) {
		fmt.Print(i, s, ";")
	}
	fmt.Println()
}

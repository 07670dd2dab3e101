// Exercises: generic functions over maps returning sorted keys and grouping values.
package main

import (
	"cmp"
	"fmt"
	"slices"
)

func SortedKeys[K cmp.Ordered, V any](m map[K]V) []K {
	keys := make([]K, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

func GroupBy[T any, K comparable](xs []T, key func(T) K) map[K][]T {
	out := make(map[K][]T)
	for _, x := range xs {
		k := key(x)
		out[k] = append(out[k], x)
	}
	return out
}

func main() {
	words := []string{"go", "rust", "c", "java", "zig", "d", "perl"}
	byLen := GroupBy(words, func(s string) int { return len(s) })
	for _, k := range SortedKeys(byLen) {
		fmt.Println(k, byLen[k])
	}
	byFirst := GroupBy(words, func(s string) byte { return s[0] })
	fmt.Println(len(byFirst), SortedKeys(map[string]bool{"b": true, "a": false}))
}

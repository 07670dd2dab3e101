// A generic function whose grouped parameters have a type of iter (a
// package gobackprop compiles from source).
package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
)

func zipSum[K any](a, b iter.Seq[K], add func(K, K) K) []K {
	var out []K
	next, stop := iter.Pull(b)
	defer stop()
	for x := range a {
		y, ok := next()
		if !ok {
			break
		}
		out = append(out, add(x, y))
	}
	return out
}

func count[K comparable, V any](m1, m2 iter.Seq2[K, V]) (n int) {
	for range m1 {
		n++
	}
	for range m2 {
		n++
	}
	return n
}

func main() {
	fmt.Println(zipSum(slices.Values([]int{1, 2, 3}), slices.Values([]int{10, 20}), func(a, b int) int { return a + b }))
	m := map[string]int{"a": 1, "b": 2}
	fmt.Println(count(maps.All(m), maps.All(map[string]int{"c": 3})))
}

package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
)

func count(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		defer fmt.Println("iterator cleanup")
		for i := range n {
			if !yield(i) {
				return
			}
		}
	}
}

func find(target int) (int, bool) {
	for v := range count(10) {
		defer fmt.Println("deferred in body", v)
		if v == target {
			return v * 100, true
		}
	}
	return 0, false
}

func main() {
	fmt.Println(find(2))
	m := map[string]int{"b": 2, "a": 1, "c": 3}
	keys := slices.Collect(maps.Keys(m))
	slices.Sort(keys)
	fmt.Println(keys, slices.Sorted(maps.Values(m)))
	for i, v := range slices.All([]string{"x", "y"}) {
		fmt.Println(i, v)
	}
	for k, v := range maps.All(map[int]int{1: 1}) {
		fmt.Println(k, v)
	}
	ch := slices.Chunk([]int{1, 2, 3, 4, 5}, 2)
	for c := range ch {
		fmt.Print(c)
	}
	fmt.Println()
}

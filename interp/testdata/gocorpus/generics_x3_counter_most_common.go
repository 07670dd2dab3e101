// Exercises: a generic counter type over a comparable key, MostCommon with slices.SortFunc and tie-break
package main

import (
	"cmp"
	"fmt"
	"slices"
)

type Counter[K cmp.Ordered] map[K]int

func (c Counter[K]) Add(keys ...K) {
	for _, k := range keys {
		c[k]++
	}
}

func (c Counter[K]) MostCommon(n int) []K {
	keys := make([]K, 0, len(c))
	for k := range c {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b K) int {
		return cmp.Or(cmp.Compare(c[b], c[a]), cmp.Compare(a, b))
	})
	return keys[:min(n, len(keys))]
}

func main() {
	words := Counter[string]{}
	words.Add("the", "a", "the", "net", "a", "the", "loss")
	fmt.Println(words.MostCommon(2), words.MostCommon(10))
	digits := Counter[int]{}
	digits.Add(3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5)
	fmt.Println(digits.MostCommon(3), len(digits))
}

// Exercises: sort.Search / sort.SearchInts to find positions and insert while keeping order.
package main

import (
	"fmt"
	"sort"
)

func insertSorted(xs []int, v int) []int {
	i := sort.SearchInts(xs, v)
	xs = append(xs, 0)
	copy(xs[i+1:], xs[i:])
	xs[i] = v
	return xs
}

func main() {
	var xs []int
	for _, v := range []int{42, 7, 19, 3, 25, 7, 100} {
		xs = insertSorted(xs, v)
	}
	fmt.Println(xs)
	for _, target := range []int{19, 20, 1, 500} {
		i := sort.Search(len(xs), func(i int) bool { return xs[i] >= target })
		found := i < len(xs) && xs[i] == target
		fmt.Printf("target %d -> index %d found=%v\n", target, i, found)
	}
	first := sort.Search(100, func(n int) bool { return n*n > 200 })
	fmt.Println("smallest n with n*n > 200:", first)
	words := []string{"apple", "banana", "cherry", "kiwi"}
	fmt.Println(sort.SearchStrings(words, "cherry"), sort.SearchStrings(words, "date"))
	fl := []float64{0.5, 1.5, 2.5}
	fmt.Println(sort.SearchFloat64s(fl, 2.0), sort.Float64sAreSorted(fl))
}

package main

import (
	"fmt"
	"math/rand"
	"slices"
)

func chunk[T any](xs []T, n int) [][]T {
	var out [][]T
	for c := range slices.Chunk(xs, n) {
		out = append(out, c)
	}
	return out
}

func main() {
	idx := make([]int, 10)
	for i := range idx {
		idx[i] = i
	}
	r := rand.New(rand.NewSource(99))
	for epoch := range 3 {
		perm := slices.Clone(idx)
		r.Shuffle(len(perm), func(i, j int) { perm[i], perm[j] = perm[j], perm[i] })
		batches := chunk(perm, 4)
		fmt.Printf("epoch %d: %v\n", epoch, batches)
		seen := slices.Concat(batches...)
		slices.Sort(seen)
		fmt.Println("  covers all:", slices.Equal(seen, idx))
	}
	xs := []float64{3, 1, 4, 1, 5, 9, 2, 6}
	sorted := slices.Sorted(slices.Values(xs))
	fmt.Println(sorted, slices.Compact(slices.Clone(sorted)))
	i, ok := slices.BinarySearch(sorted, 5)
	fmt.Println(i, ok)
	ys := slices.Insert(slices.Clone(xs), 2, 100, 200)
	ys = slices.Delete(ys, 0, 1)
	fmt.Println(ys, len(ys), slices.Contains(ys, 9.0))
	fmt.Println(slices.IndexFunc(ys, func(v float64) bool { return v > 50 }))
	rev := slices.Clone(xs)
	slices.Reverse(rev)
	fmt.Println(rev)
	grid := [][]int{{3, 1}, {1, 2}, {3, 0}, {1, 1}}
	slices.SortFunc(grid, func(a, b []int) int {
		if c := a[0] - b[0]; c != 0 {
			return c
		}
		return a[1] - b[1]
	})
	fmt.Println(grid)
	for i, v := range slices.All([]string{"fwd", "bwd"}) {
		fmt.Print(i, "=", v, " ")
	}
	fmt.Println(slices.Repeat([]int{0, 1}, 3))
}

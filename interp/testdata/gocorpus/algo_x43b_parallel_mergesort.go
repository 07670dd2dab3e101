package main

import (
	"cmp"
	"fmt"
	"math/rand/v2"
	"slices"
	"sync"
)

func merge[T cmp.Ordered](a, b []T) []T {
	out := make([]T, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		if a[i] <= b[j] {
			out = append(out, a[i])
			i++
		} else {
			out = append(out, b[j])
			j++
		}
	}
	out = append(out, a[i:]...)
	return append(out, b[j:]...)
}

func ParallelSort[T cmp.Ordered](xs []T, depth int) []T {
	if len(xs) <= 1 {
		return xs
	}
	mid := len(xs) / 2
	var left, right []T
	if depth > 0 {
		var wg sync.WaitGroup
		wg.Add(2)
		go func() { defer wg.Done(); left = ParallelSort(xs[:mid], depth-1) }()
		go func() { defer wg.Done(); right = ParallelSort(xs[mid:], depth-1) }()
		wg.Wait()
	} else {
		left = ParallelSort(xs[:mid], 0)
		right = ParallelSort(xs[mid:], 0)
	}
	return merge(left, right)
}

func main() {
	r := rand.New(rand.NewPCG(1, 2))
	nums := make([]int, 2000)
	for i := range nums {
		nums[i] = r.IntN(10000)
	}
	sorted := ParallelSort(nums, 3)
	fmt.Println("sorted:", slices.IsSorted(sorted), len(sorted))
	fmt.Println("first 8:", sorted[:8])
	fmt.Println("last 4:", sorted[len(sorted)-4:])
	ref := slices.Clone(nums)
	slices.Sort(ref)
	fmt.Println("matches slices.Sort:", slices.Equal(ref, sorted))

	words := []string{"pear", "apple", "fig", "kiwi", "banana", "cherry", "date"}
	fmt.Printf("%q\n", ParallelSort(words, 2))
	fl := []float64{3.5, -1, 2.25, 0, 9.75}
	fmt.Printf("%v %T\n", ParallelSort(fl, 1), fl)
}

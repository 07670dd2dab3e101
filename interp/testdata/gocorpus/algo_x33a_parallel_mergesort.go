package main

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"sync"
)

func merge(a, b []int) []int {
	out := make([]int, 0, len(a)+len(b))
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

func mergeSort(xs []int, depth int) []int {
	if len(xs) <= 1 {
		return xs
	}
	mid := len(xs) / 2
	if depth <= 0 {
		return merge(mergeSort(xs[:mid], 0), mergeSort(xs[mid:], 0))
	}
	var left, right []int
	var wg sync.WaitGroup
	wg.Add(2)
	go func() { defer wg.Done(); left = mergeSort(xs[:mid], depth-1) }()
	go func() { defer wg.Done(); right = mergeSort(xs[mid:], depth-1) }()
	wg.Wait()
	return merge(left, right)
}

func quickselect(xs []int, k int) int {
	xs = slices.Clone(xs)
	lo, hi := 0, len(xs)-1
	for lo < hi {
		p := xs[(lo+hi)/2]
		i, j := lo, hi
		for i <= j {
			for xs[i] < p {
				i++
			}
			for xs[j] > p {
				j--
			}
			if i <= j {
				xs[i], xs[j] = xs[j], xs[i]
				i++
				j--
			}
		}
		if k <= j {
			hi = j
		} else if k >= i {
			lo = i
		} else {
			break
		}
	}
	return xs[k]
}

func main() {
	r := rand.New(rand.NewPCG(1, 2))
	data := make([]int, 5000)
	for i := range data {
		data[i] = r.IntN(100000)
	}
	sorted := mergeSort(data, 3)
	fmt.Println("sorted:", slices.IsSorted(sorted), "len:", len(sorted))
	fmt.Println("first:", sorted[:6])
	fmt.Println("last:", sorted[len(sorted)-4:])
	want := slices.Clone(data)
	slices.Sort(want)
	fmt.Println("matches slices.Sort:", slices.Equal(want, sorted))
	fmt.Println("median:", quickselect(data, len(data)/2), "==", want[len(want)/2])
	idx, found := slices.BinarySearch(sorted, sorted[1234])
	fmt.Println("search:", idx <= 1234, found)
	fmt.Println(mergeSort([]int{5, 2, 9, 1, 5, 6}, 2))
}

package main

import (
	"cmp"
	"fmt"
	"sync"
)

func MergeSort[T cmp.Ordered](s []T) []T {
	if len(s) <= 1 {
		return s
	}
	mid := len(s) / 2
	var left, right []T
	var wg sync.WaitGroup
	wg.Add(2)
	go func() { defer wg.Done(); left = MergeSort(s[:mid]) }()
	go func() { defer wg.Done(); right = MergeSort(s[mid:]) }()
	wg.Wait()
	out := make([]T, 0, len(s))
	i, j := 0, 0
	for i < len(left) && j < len(right) {
		if left[i] <= right[j] {
			out = append(out, left[i])
			i++
		} else {
			out = append(out, right[j])
			j++
		}
	}
	return append(append(out, left[i:]...), right[j:]...)
}

func Depth[T any](x T, n int) (T, int) {
	if n == 0 {
		return x, 0
	}
	var r T
	var d int
	step := func() { r, d = Depth(x, n-1) }
	step()
	return r, d + 1
}

func main() {
	fmt.Println(MergeSort([]int{5, 2, 9, 1, 5, 6, 0}))
	fmt.Println(MergeSort([]string{"pear", "fig", "apple"}))
	fmt.Println(Depth("go", 3))
}

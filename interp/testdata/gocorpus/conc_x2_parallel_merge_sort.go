// Exercises: a merge sort that sorts halves in goroutines up to a depth, joined via channels.
package main

import "fmt"

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
	left := make(chan []int)
	go func() { left <- mergeSort(xs[:mid], depth-1) }()
	right := mergeSort(xs[mid:], depth-1)
	return merge(<-left, right)
}

func main() {
	xs := []int{38, 27, 43, 3, 9, 82, 10, 55, 1, 67, 22, 90, 14, 5, 71, 36}
	fmt.Println(mergeSort(xs, 3))
	fmt.Println(xs[:4])
	var big []int
	seed := 7
	for i := 0; i < 1000; i++ {
		seed = (seed*1103515245 + 12345) % 2147483648
		big = append(big, seed%1000)
	}
	sorted := mergeSort(big, 4)
	ok := true
	for i := 1; i < len(sorted); i++ {
		if sorted[i-1] > sorted[i] {
			ok = false
		}
	}
	fmt.Println(len(sorted), ok, sorted[0], sorted[len(sorted)-1])
}

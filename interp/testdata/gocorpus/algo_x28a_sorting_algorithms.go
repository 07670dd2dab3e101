package main

import (
	"cmp"
	"fmt"
	"math/rand"
	"slices"
	"sort"
)

func bubbleSort[T cmp.Ordered](a []T) {
	for swapped := true; swapped; {
		swapped = false
		for i := 1; i < len(a); i++ {
			if a[i] < a[i-1] {
				a[i], a[i-1] = a[i-1], a[i]
				swapped = true
			}
		}
	}
}

func insertionSort[T cmp.Ordered](a []T) {
	for i := 1; i < len(a); i++ {
		v := a[i]
		j := i - 1
		for ; j >= 0 && a[j] > v; j-- {
			a[j+1] = a[j]
		}
		a[j+1] = v
	}
}

func mergeSort[T cmp.Ordered](a []T) []T {
	if len(a) <= 1 {
		return a
	}
	mid := len(a) / 2
	l, r := mergeSort(a[:mid]), mergeSort(a[mid:])
	out := make([]T, 0, len(a))
	for len(l) > 0 && len(r) > 0 {
		if l[0] <= r[0] {
			out, l = append(out, l[0]), l[1:]
		} else {
			out, r = append(out, r[0]), r[1:]
		}
	}
	return append(append(out, l...), r...)
}

func quickSort[T any](a []T, less func(x, y T) bool) {
	if len(a) < 2 {
		return
	}
	p := a[len(a)/2]
	i, j := 0, len(a)-1
	for i <= j {
		for less(a[i], p) {
			i++
		}
		for less(p, a[j]) {
			j--
		}
		if i <= j {
			a[i], a[j] = a[j], a[i]
			i++
			j--
		}
	}
	quickSort(a[:j+1], less)
	quickSort(a[i:], less)
}

func heapSort(a sort.Interface) {
	n := a.Len()
	var sift func(root, end int)
	sift = func(root, end int) {
		for {
			child := 2*root + 1
			if child >= end {
				return
			}
			if child+1 < end && a.Less(child, child+1) {
				child++
			}
			if !a.Less(root, child) {
				return
			}
			a.Swap(root, child)
			root = child
		}
	}
	for i := n/2 - 1; i >= 0; i-- {
		sift(i, n)
	}
	for end := n - 1; end > 0; end-- {
		a.Swap(0, end)
		sift(0, end)
	}
}

func main() {
	rng := rand.New(rand.NewSource(42))
	data := make([]int, 20)
	for i := range data {
		data[i] = rng.Intn(100)
	}
	fmt.Println("input: ", data)
	want := slices.Sorted(slices.Values(data))

	sorts := []struct {
		name string
		fn   func([]int) []int
	}{
		{"bubble", func(a []int) []int { bubbleSort(a); return a }},
		{"insertion", func(a []int) []int { insertionSort(a); return a }},
		{"merge", mergeSort[int]},
		{"quick", func(a []int) []int { quickSort(a, func(x, y int) bool { return x < y }); return a }},
		{"heap", func(a []int) []int { heapSort(sort.IntSlice(a)); return a }},
	}
	for _, s := range sorts {
		got := s.fn(slices.Clone(data))
		fmt.Printf("%-10s %v %v\n", s.name, slices.Equal(got, want), got[:5])
	}
	words := []string{"pear", "apple", "fig", "banana", "kiwi"}
	insertionSort(words)
	fmt.Println(words)
	quickSort(words, func(a, b string) bool { return len(a) < len(b) || len(a) == len(b) && a < b })
	fmt.Println(words)
	fl := []float64{3.5, -1, 2.25, 0}
	fmt.Println(mergeSort(fl))
}

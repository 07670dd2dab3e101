package main

import (
	"fmt"
	"math/rand"
	"slices"
	"sort"
)

func bubbleSort(a []int) (swaps int) {
	n := len(a)
	for i := 0; i < n-1; i++ {
		swapped := false
		for j := 0; j < n-1-i; j++ {
			if a[j] > a[j+1] {
				a[j], a[j+1] = a[j+1], a[j]
				swaps++
				swapped = true
			}
		}
		if !swapped {
			break
		}
	}
	return
}

func insertionSort(a []int) {
	for i := 1; i < len(a); i++ {
		key := a[i]
		j := i - 1
		for j >= 0 && a[j] > key {
			a[j+1] = a[j]
			j--
		}
		a[j+1] = key
	}
}

func selectionSort(a []int) {
	for i := range a {
		minIdx := i
		for j := i + 1; j < len(a); j++ {
			if a[j] < a[minIdx] {
				minIdx = j
			}
		}
		a[i], a[minIdx] = a[minIdx], a[i]
	}
}

func mergeSort(a []int) []int {
	if len(a) <= 1 {
		return a
	}
	mid := len(a) / 2
	left := mergeSort(a[:mid])
	right := mergeSort(a[mid:])
	result := make([]int, 0, len(a))
	i, j := 0, 0
	for i < len(left) && j < len(right) {
		if left[i] <= right[j] {
			result = append(result, left[i])
			i++
		} else {
			result = append(result, right[j])
			j++
		}
	}
	result = append(result, left[i:]...)
	return append(result, right[j:]...)
}

func quickSort(a []int) {
	if len(a) < 2 {
		return
	}
	pivot := a[len(a)-1]
	i := 0
	for j := 0; j < len(a)-1; j++ {
		if a[j] < pivot {
			a[i], a[j] = a[j], a[i]
			i++
		}
	}
	a[i], a[len(a)-1] = a[len(a)-1], a[i]
	quickSort(a[:i])
	quickSort(a[i+1:])
}

func binarySearch(a []int, target int) int {
	lo, hi := 0, len(a)-1
	for lo <= hi {
		mid := lo + (hi-lo)/2
		switch {
		case a[mid] == target:
			return mid
		case a[mid] < target:
			lo = mid + 1
		default:
			hi = mid - 1
		}
	}
	return -1
}

func main() {
	r := rand.New(rand.NewSource(42))
	data := make([]int, 15)
	for i := range data {
		data[i] = r.Intn(100)
	}
	fmt.Println("already sorted?", slices.IsSorted(data))

	algos := []struct {
		name string
		fn   func([]int) []int
	}{
		{"bubble", func(a []int) []int { bubbleSort(a); return a }},
		{"insertion", func(a []int) []int { insertionSort(a); return a }},
		{"selection", func(a []int) []int { selectionSort(a); return a }},
		{"merge", mergeSort},
		{"quick", func(a []int) []int { quickSort(a); return a }},
	}
	want := slices.Clone(data)
	slices.Sort(want)
	for _, alg := range algos {
		got := alg.fn(slices.Clone(data))
		fmt.Printf("%-10s ok=%-5v %v\n", alg.name, slices.Equal(got, want), got[:5])
	}
	fmt.Println("swaps:", bubbleSort(slices.Clone(data)), bubbleSort(want))
	for _, t := range []int{want[3], 1000} {
		idx := binarySearch(want, t)
		pos, found := slices.BinarySearch(want, t)
		fmt.Println(t, idx, pos, found, sort.SearchInts(want, t))
	}
	words := []string{"pear", "Apple", "fig", "banana", "kiwi"}
	sort.Strings(words)
	fmt.Println(words)
	slices.SortFunc(words, func(a, b string) int { return len(a) - len(b) })
	fmt.Println(words, slices.Index(words, "fig"), slices.Contains(words, "plum"))
	slices.Reverse(want)
	fmt.Println(slices.Max(want), slices.Min(want), want[:3])
}

package main

import (
	"fmt"
	"slices"
	"sort"
	"strings"
)

func binarySearch(xs []int, target int) (int, bool) {
	lo, hi := 0, len(xs)-1
	for lo <= hi {
		mid := lo + (hi-lo)/2
		switch {
		case xs[mid] == target:
			return mid, true
		case xs[mid] < target:
			lo = mid + 1
		default:
			hi = mid - 1
		}
	}
	return lo, false
}

func bubbleSort(xs []int) (swaps int) {
	n := len(xs)
	for i := 0; i < n; i++ {
		swapped := false
		for j := 0; j < n-1-i; j++ {
			if xs[j] > xs[j+1] {
				xs[j], xs[j+1] = xs[j+1], xs[j]
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

func mergeSort(xs []string) []string {
	if len(xs) <= 1 {
		return xs
	}
	mid := len(xs) / 2
	left, right := mergeSort(xs[:mid]), mergeSort(xs[mid:])
	out := make([]string, 0, len(xs))
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
	out = append(out, left[i:]...)
	return append(out, right[j:]...)
}

func main() {
	data := []int{38, 27, 43, 3, 9, 82, 10, 3}
	cp := slices.Clone(data)
	fmt.Println("swaps:", bubbleSort(cp), cp, data)

	for _, t := range []int{43, 5, 100, 3} {
		i, ok := binarySearch(cp, t)
		j, ok2 := slices.BinarySearch(cp, t)
		fmt.Printf("find %3d -> %d %v | %d %v | %d\n", t, i, ok, j, ok2, sort.SearchInts(cp, t))
	}

	words := strings.Fields("pear apple fig banana cherry date")
	fmt.Println(mergeSort(words))
	fmt.Println(words)

	sort.Sort(sort.Reverse(sort.StringSlice(words)))
	fmt.Println(words)
	fmt.Println(slices.Max(data), slices.Min(data), slices.Index(data, 9), slices.Contains(data, 4))
	data = slices.Compact(cp)
	fmt.Println(data, len(data))
	slices.Reverse(data)
	fmt.Println(data)
	idx := sort.Search(100, func(i int) bool { return i*i >= 50 })
	fmt.Println("first square >= 50:", idx)
}

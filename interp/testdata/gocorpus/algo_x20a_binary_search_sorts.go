package main

import (
	"cmp"
	"fmt"
	"slices"
)

func bubble[T cmp.Ordered](xs []T) (swaps int) {
	for i := len(xs) - 1; i > 0; i-- {
		swapped := false
		for j := 0; j < i; j++ {
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

func mergeSort[T any](xs []T, less func(a, b T) bool) []T {
	if len(xs) <= 1 {
		return xs
	}
	mid := len(xs) / 2
	l, r := mergeSort(xs[:mid], less), mergeSort(xs[mid:], less)
	out := make([]T, 0, len(xs))
	i, j := 0, 0
	for i < len(l) && j < len(r) {
		if less(r[j], l[i]) {
			out = append(out, r[j])
			j++
		} else {
			out = append(out, l[i])
			i++
		}
	}
	out = append(out, l[i:]...)
	return append(out, r[j:]...)
}

func quick(xs []int) {
	if len(xs) < 2 {
		return
	}
	p := xs[len(xs)/2]
	i, j := 0, len(xs)-1
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
	quick(xs[:j+1])
	quick(xs[i:])
}

func binarySearch(xs []int, t int) int {
	lo, hi := 0, len(xs)
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if xs[mid] < t {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	if lo < len(xs) && xs[lo] == t {
		return lo
	}
	return -(lo + 1)
}

func main() {
	data := []int{38, 27, 43, 3, 9, 82, 10, 3, -5, 0}
	b := slices.Clone(data)
	fmt.Println("swaps", bubble(b), b)
	words := []string{"pear", "fig", "apple", "kiwi", "banana"}
	fmt.Println(bubble(words), words)
	type rec struct {
		name string
		age  int
	}
	people := []rec{{"a", 30}, {"b", 25}, {"c", 30}, {"d", 25}, {"e", 20}}
	byAge := mergeSort(people, func(x, y rec) bool { return x.age < y.age })
	fmt.Println(byAge)
	q := slices.Clone(data)
	quick(q)
	fmt.Println(q, slices.IsSorted(q), slices.Equal(q, b))
	for _, t := range []int{3, 43, 4, -10, 100} {
		i := binarySearch(q, t)
		j, found := slices.BinarySearch(q, t)
		fmt.Printf("%d:%d(%d,%v) ", t, i, j, found)
	}
	fmt.Println()
	big := make([]int, 2000)
	for i := range big {
		big[i] = (i * 7919) % 2003
	}
	quick(big)
	fmt.Println(slices.IsSorted(big), big[:5], big[len(big)-3:])
}

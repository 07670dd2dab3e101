package main

import (
	"cmp"
	"fmt"
	"math/rand"
	"slices"
)

type Counter struct{ cmps, swaps int }

func (c *Counter) less(a, b int) bool { c.cmps++; return a < b }

type Sorter struct {
	Name string
	Fn   func([]int, *Counter)
}

func bubble(a []int, c *Counter) {
	for n := len(a); n > 1; n-- {
		swapped := false
		for i := 1; i < n; i++ {
			if c.less(a[i], a[i-1]) {
				a[i], a[i-1] = a[i-1], a[i]
				c.swaps++
				swapped = true
			}
		}
		if !swapped {
			return
		}
	}
}

func insertion(a []int, c *Counter) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && c.less(a[j], a[j-1]); j-- {
			a[j], a[j-1] = a[j-1], a[j]
			c.swaps++
		}
	}
}

func quick(a []int, c *Counter) {
	if len(a) < 2 {
		return
	}
	p := a[len(a)/2]
	i, j := 0, len(a)-1
	for i <= j {
		for c.less(a[i], p) {
			i++
		}
		for c.less(p, a[j]) {
			j--
		}
		if i <= j {
			a[i], a[j] = a[j], a[i]
			c.swaps++
			i++
			j--
		}
	}
	quick(a[:j+1], c)
	quick(a[i:], c)
}

func mergeSort(a []int, c *Counter) {
	if len(a) < 2 {
		return
	}
	mid := len(a) / 2
	left := slices.Clone(a[:mid])
	right := slices.Clone(a[mid:])
	mergeSort(left, c)
	mergeSort(right, c)
	i, j, k := 0, 0, 0
	for i < len(left) && j < len(right) {
		if c.less(right[j], left[i]) {
			a[k] = right[j]
			j++
		} else {
			a[k] = left[i]
			i++
		}
		k++
	}
	k += copy(a[k:], left[i:])
	copy(a[k:], right[j:])
}

func heapSort[T cmp.Ordered](a []T) {
	down := func(i, n int) {
		for {
			m := 2*i + 1
			if m >= n {
				return
			}
			if m+1 < n && a[m+1] > a[m] {
				m++
			}
			if a[i] >= a[m] {
				return
			}
			a[i], a[m] = a[m], a[i]
			i = m
		}
	}
	for i := len(a)/2 - 1; i >= 0; i-- {
		down(i, len(a))
	}
	for n := len(a) - 1; n > 0; n-- {
		a[0], a[n] = a[n], a[0]
		down(0, n)
	}
}

func main() {
	rng := rand.New(rand.NewSource(99))
	inputs := map[string][]int{
		"random":   rng.Perm(200),
		"sorted":   slices.Sorted(slices.Values(rng.Perm(200))),
		"reversed": nil,
	}
	rev := slices.Clone(inputs["sorted"])
	slices.Reverse(rev)
	inputs["reversed"] = rev
	sorters := []Sorter{{"bubble", bubble}, {"insertion", insertion}, {"quick", quick}, {"merge", mergeSort}}
	for _, kind := range []string{"random", "sorted", "reversed"} {
		for _, s := range sorters {
			a := slices.Clone(inputs[kind])
			var c Counter
			s.Fn(a, &c)
			fmt.Printf("%-8s %-9s cmps=%6d swaps=%5d ok=%v\n", kind, s.Name, c.cmps, c.swaps, slices.IsSorted(a))
		}
	}
	words := []string{"pear", "apple", "fig", "banana", "cherry", "date"}
	heapSort(words)
	fl := []float64{3.5, -1, 2.25, 0, 10}
	heapSort(fl)
	fmt.Println(words, fl)
}

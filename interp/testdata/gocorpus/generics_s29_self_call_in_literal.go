package main

import (
	"fmt"
	"sort"
	"sync"
)

// Generic functions calling themselves from function literals, with
// inferred and with spelled type arguments, one and two type parameters,
// one and two results.
func MergeSort[T int | string | float64](s []T) []T {
	if len(s) <= 1 {
		return s
	}
	mid := len(s) / 2
	var left, right []T
	done := make(chan bool)
	go func() { left = MergeSort[T](s[:mid]); done <- true }()
	right = MergeSort(s[mid:])
	<-done
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
	out = append(out, left[i:]...)
	return append(out, right[j:]...)
}

func Pairs[K comparable, V any](k K, v V, d int) string {
	if d == 0 {
		return fmt.Sprint(k, "=", v)
	}
	var r string
	f := func() { r = Pairs(k, v, d-1) + "!" }
	f()
	g := func() string { return Pairs[K, V](k, v, d-1) }
	return r + "|" + g()
}

func SumCount[T ~int | ~float64](xs []T) (T, int) {
	if len(xs) <= 2 {
		var s T
		for _, x := range xs {
			s += x
		}
		return s, 1
	}
	var wg sync.WaitGroup
	var a, b T
	var na, nb int
	mid := len(xs) / 2
	wg.Add(2)
	go func() { defer wg.Done(); a, na = SumCount(xs[:mid]) }()
	go func() { defer wg.Done(); b, nb = SumCount[T](xs[mid:]) }()
	wg.Wait()
	return a + b, na + nb
}

type Score int

type Point struct{ X, Y int }

type Wrap[T comparable] struct{ v T }

func (w Wrap[T]) Twice() string { return Pairs(w.v, w.v, 1) }

func main() {
	fmt.Println(MergeSort([]int{5, 2, 9, 1, 3, 7}))
	fmt.Println(MergeSort([]string{"pear", "fig", "apple"}))
	fmt.Println(Pairs("a", 1, 2))
	fmt.Println(Pairs(Point{1, 2}, Score(3), 1))
	fmt.Println(SumCount([]Score{1, 2, 3, 4, 5, 6, 7}))
	fmt.Println(SumCount([]float64{1.5, 2, 3, 4, 5}))
	fmt.Println(Wrap[int]{4}.Twice(), Wrap[Point]{Point{}}.Twice())
	words := MergeSort([]string{"b", "c", "a"})
	fmt.Println(sort.StringsAreSorted(words), words)
}

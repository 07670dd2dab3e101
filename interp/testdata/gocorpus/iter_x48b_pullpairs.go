package main

import (
	"cmp"
	"fmt"
	"iter"
	"slices"
)

func Merge[T cmp.Ordered](a, b iter.Seq[T]) iter.Seq[T] {
	return func(yield func(T) bool) {
		na, sa := iter.Pull(a)
		defer sa()
		nb, sb := iter.Pull(b)
		defer sb()
		va, oka := na()
		vb, okb := nb()
		for oka || okb {
			var v T
			if !okb || (oka && va <= vb) {
				v = va
				va, oka = na()
			} else {
				v = vb
				vb, okb = nb()
			}
			if !yield(v) {
				return
			}
		}
	}
}

func Dedup[T comparable](seq iter.Seq[T]) iter.Seq[T] {
	return func(yield func(T) bool) {
		first := true
		var prev T
		for v := range seq {
			if !first && v == prev {
				continue
			}
			first, prev = false, v
			if !yield(v) {
				return
			}
		}
	}
}

func Pairwise[T any](seq iter.Seq[T]) iter.Seq2[T, T] {
	return func(yield func(T, T) bool) {
		next, stop := iter.Pull(seq)
		defer stop()
		prev, ok := next()
		if !ok {
			return
		}
		for {
			cur, ok := next()
			if !ok || !yield(prev, cur) {
				return
			}
			prev = cur
		}
	}
}

func Count(start, step int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := start; yield(i); i += step {
		}
	}
}

func main() {
	a := []int{1, 3, 5, 7, 9}
	b := []int{2, 3, 6, 10}
	fmt.Println(slices.Collect(Merge(slices.Values(a), slices.Values(b))))
	fmt.Println(slices.Collect(Dedup(Merge(slices.Values(a), slices.Values(b)))))

	for x, y := range Pairwise(slices.Values([]float64{1, 4, 9, 16})) {
		fmt.Printf("%.0f->%.0f diff %.0f\n", x, y, y-x)
	}
	var out []string
	for x := range Merge(Count(0, 3), Count(1, 5)) {
		out = append(out, fmt.Sprint(x))
		if len(out) == 10 {
			break
		}
	}
	fmt.Println(out)
	for p, q := range Pairwise(Dedup(slices.Values([]string{"a", "a", "b", "c", "c", "c", "d"}))) {
		fmt.Print(p, q, " ")
	}
	fmt.Println()
	n := 0
	for range Pairwise(slices.Values([]int{42})) {
		n++
	}
	fmt.Println("pairs of one:", n)
}

package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
)

type Pair[A, B any] struct {
	First  A
	Second B
}

func Zip[A, B any](as iter.Seq[A], bs iter.Seq[B]) iter.Seq[Pair[A, B]] {
	return func(yield func(Pair[A, B]) bool) {
		nextB, stop := iter.Pull(bs)
		defer stop()
		for a := range as {
			b, ok := nextB()
			if !ok {
				return
			}
			if !yield(Pair[A, B]{a, b}) {
				return
			}
		}
	}
}

func Chunk[T any](seq iter.Seq[T], n int) iter.Seq[[]T] {
	return func(yield func([]T) bool) {
		buf := make([]T, 0, n)
		for v := range seq {
			buf = append(buf, v)
			if len(buf) == n {
				if !yield(buf) {
					return
				}
				buf = make([]T, 0, n)
			}
		}
		if len(buf) > 0 {
			yield(buf)
		}
	}
}

func Window[T any](s []T, n int) iter.Seq2[int, []T] {
	return func(yield func(int, []T) bool) {
		for i := 0; i+n <= len(s); i++ {
			if !yield(i, s[i:i+n]) {
				return
			}
		}
	}
}

func main() {
	names := []string{"ann", "bob", "cid", "dee"}
	ages := []int{31, 25, 47}
	for p := range Zip(slices.Values(names), slices.Values(ages)) {
		fmt.Printf("%+v\n", p)
	}
	fmt.Printf("%v\n", slices.Collect(Zip(slices.Values(ages), slices.Values(names))))

	nums := []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}
	for c := range Chunk(slices.Values(nums), 4) {
		fmt.Println("chunk", c, len(c), cap(c))
	}

	temps := []float64{20.5, 21.0, 23.5, 22.0, 19.5, 18.0}
	for i, w := range Window(temps, 3) {
		sum := 0.0
		for _, t := range w {
			sum += t
		}
		fmt.Printf("win %d avg %.2f\n", i, sum/float64(len(w)))
	}

	m := map[string]int{"x": 3, "y": 1, "z": 2}
	keys := slices.Sorted(maps.Keys(m))
	for p := range Zip(slices.Values(keys), slices.Values([]rune("XYZ"))) {
		fmt.Printf("%s->%c:%d ", p.First, p.Second, m[p.First])
	}
	fmt.Println()

	first := 0
	for c := range Chunk(slices.Values(nums), 3) {
		first += c[0]
		if first > 5 {
			break
		}
	}
	fmt.Println("first", first)
}

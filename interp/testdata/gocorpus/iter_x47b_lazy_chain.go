package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

type Stream[T any] struct {
	seq iter.Seq[T]
}

func From[T any](xs ...T) Stream[T] { return Stream[T]{slices.Values(xs)} }

func (s Stream[T]) Filter(p func(T) bool) Stream[T] {
	return Stream[T]{func(yield func(T) bool) {
		for v := range s.seq {
			if p(v) && !yield(v) {
				return
			}
		}
	}}
}

func (s Stream[T]) Skip(n int) Stream[T] {
	return Stream[T]{func(yield func(T) bool) {
		i := 0
		for v := range s.seq {
			if i < n {
				i++
				continue
			}
			if !yield(v) {
				return
			}
		}
	}}
}

func (s Stream[T]) Peek(f func(T)) Stream[T] {
	return Stream[T]{func(yield func(T) bool) {
		for v := range s.seq {
			f(v)
			if !yield(v) {
				return
			}
		}
	}}
}

func (s Stream[T]) First() (T, bool) {
	for v := range s.seq {
		return v, true
	}
	var zero T
	return zero, false
}

func (s Stream[T]) Count() int {
	n := 0
	for range s.seq {
		n++
	}
	return n
}

func (s Stream[T]) ToSlice() []T { return slices.Collect(s.seq) }

func GroupBy[T any, K comparable](s Stream[T], key func(T) K) map[K][]T {
	m := map[K][]T{}
	for v := range s.seq {
		k := key(v)
		m[k] = append(m[k], v)
	}
	return m
}

func main() {
	words := From(strings.Fields("lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod")...)
	var seen []string
	res := words.Peek(func(w string) { seen = append(seen, w) }).
		Filter(func(w string) bool { return len(w) > 4 }).
		Skip(1)
	first, ok := res.First()
	fmt.Println(first, ok, seen)
	fmt.Println(res.ToSlice(), res.Count())
	_, ok = From[int]().First()
	fmt.Println("empty first:", ok)
	groups := GroupBy(words, func(w string) int { return len(w) })
	for _, k := range slices.Sorted(maps.Keys(groups)) {
		fmt.Printf("%d: %v\n", k, groups[k])
	}
	nums := From(5, 3, 8, 1, 9, 2)
	odd := nums.Filter(func(n int) bool { return n%2 == 1 })
	fmt.Println(odd.ToSlice(), slices.Sorted(odd.seq))
	for k, v := range maps.All(map[string]int{"only": 1}) {
		fmt.Println(k, v)
	}
}

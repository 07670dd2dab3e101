package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Counter[T cmp.Ordered] map[T]int

func (c Counter[T]) Add(xs ...T) {
	for _, x := range xs {
		c[x]++
	}
}

type Pair[K any, V any] struct {
	Key K
	Val V
}

func (c Counter[T]) MostCommon(n int) []Pair[T, int] {
	keys := slices.Collect(maps.Keys(c))
	slices.SortFunc(keys, func(a, b T) int {
		if r := cmp.Compare(c[b], c[a]); r != 0 {
			return r
		}
		return cmp.Compare(a, b)
	})
	if n > len(keys) {
		n = len(keys)
	}
	out := make([]Pair[T, int], 0, n)
	for _, k := range keys[:n] {
		out = append(out, Pair[T, int]{k, c[k]})
	}
	return out
}

type Set[T comparable] map[T]struct{}

func SetOf[T comparable](xs ...T) Set[T] {
	s := Set[T]{}
	for _, x := range xs {
		s[x] = struct{}{}
	}
	return s
}

func (s Set[T]) Intersect(o Set[T]) Set[T] {
	r := Set[T]{}
	for k := range s {
		if _, ok := o[k]; ok {
			r[k] = struct{}{}
		}
	}
	return r
}

func Sorted[T cmp.Ordered](s Set[T]) []T {
	return slices.Sorted(maps.Keys(s))
}

const rucksacks = `vJrwpWtwJgWrhcsFMMfFFhFp
jqHRNqRjqzjGDLGLrsFMfFZSrLrFZsSL
PmmdzqPrVvPwwTWBwg
wMqvLMZHhHMvwLHjbvcjnnSBnvTQFn
ttgJtRGJQctTZtZT
CrZsJsPPZsGzwwsLwLmpwMDw`

func prio(r rune) int {
	if r >= 'a' && r <= 'z' {
		return int(r-'a') + 1
	}
	return int(r-'A') + 27
}

func main() {
	lines := strings.Split(rucksacks, "\n")
	sum := 0
	c := Counter[rune]{}
	for _, l := range lines {
		a, b := SetOf([]rune(l[:len(l)/2])...), SetOf([]rune(l[len(l)/2:])...)
		for _, r := range Sorted(a.Intersect(b)) {
			sum += prio(r)
			c.Add(r)
		}
	}
	fmt.Println("part1:", sum)
	sum2 := 0
	for i := 0; i+2 < len(lines); i += 3 {
		s := SetOf([]rune(lines[i])...).Intersect(SetOf([]rune(lines[i+1])...)).Intersect(SetOf([]rune(lines[i+2])...))
		for _, r := range Sorted(s) {
			sum2 += prio(r)
		}
	}
	fmt.Println("part2:", sum2)
	words := Counter[string]{}
	words.Add(strings.Fields("the cat and the hat and the bat")...)
	fmt.Println(words.MostCommon(3))
	fmt.Println(c.MostCommon(10))
	fmt.Println(words)
}

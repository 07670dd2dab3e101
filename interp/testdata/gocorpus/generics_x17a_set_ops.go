package main

import (
	"cmp"
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

type Set[T cmp.Ordered] map[T]struct{}

func NewSet[T cmp.Ordered](xs ...T) Set[T] {
	s := Set[T]{}
	for _, x := range xs {
		s[x] = struct{}{}
	}
	return s
}

func (s Set[T]) Has(x T) bool { _, ok := s[x]; return ok }
func (s Set[T]) Intersect(o Set[T]) Set[T] {
	r := Set[T]{}
	for k := range s {
		if o.Has(k) {
			r[k] = struct{}{}
		}
	}
	return r
}
func (s Set[T]) Union(o Set[T]) Set[T] {
	r := maps.Clone(s)
	maps.Copy(r, o)
	return r
}
func (s Set[T]) Sorted() []T { return slices.Sorted(maps.Keys(s)) }
func (s Set[T]) All() iter.Seq[T] {
	return func(yield func(T) bool) {
		for _, k := range s.Sorted() {
			if !yield(k) {
				return
			}
		}
	}
}
func (s Set[T]) String() string {
	parts := []string{}
	for k := range s.All() {
		parts = append(parts, fmt.Sprint(k))
	}
	return "{" + strings.Join(parts, ",") + "}"
}

func priority(b byte) int {
	if b >= 'a' && b <= 'z' {
		return int(b-'a') + 1
	}
	return int(b-'A') + 27
}

const sacks = `vJrwpWtwJgWrhcsFMMfFFhFp
jqHRNqRjqzjGDLGLrsFMfFZSrLrFZsSL
PmmdzqPrVvPwwTWBwg
wMqvLMZHhHMvwLHjbvcjnnSBnvTQFn
ttgJtRGJQctTZtZT
CrZsJsPPZsGzwwsLwLmpwMDw`

func main() {
	lines := strings.Fields(sacks)
	total := 0
	for _, l := range lines {
		a := NewSet([]byte(l[:len(l)/2])...)
		b := NewSet([]byte(l[len(l)/2:])...)
		common := a.Intersect(b)
		for c := range common.All() {
			total += priority(c)
			fmt.Printf("%-34s %c %2d\n", l, c, priority(c))
		}
	}
	fmt.Println("part1", total)
	total = 0
	for i := 0; i+2 < len(lines); i += 3 {
		s := NewSet([]rune(lines[i])...)
		for _, l := range lines[i+1 : i+3] {
			s = s.Intersect(NewSet([]rune(l)...))
		}
		fmt.Println("group", i/3, s)
		for c := range s {
			total += priority(byte(c))
		}
	}
	fmt.Println("part2", total)
	u := NewSet(1, 2, 3).Union(NewSet(3, 4))
	fmt.Println(u, len(u), u.Sorted())
}

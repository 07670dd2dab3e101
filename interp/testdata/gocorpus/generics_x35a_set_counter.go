package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
)

type Set[T cmp.Ordered] map[T]struct{}

func NewSet[T cmp.Ordered](items ...T) Set[T] {
	s := Set[T]{}
	for _, it := range items {
		s[it] = struct{}{}
	}
	return s
}

func (s Set[T]) Has(x T) bool { _, ok := s[x]; return ok }

func (s Set[T]) Union(o Set[T]) Set[T] {
	out := maps.Clone(s)
	maps.Copy(out, o)
	return out
}

func (s Set[T]) Intersect(o Set[T]) Set[T] {
	out := Set[T]{}
	for k := range s {
		if o.Has(k) {
			out[k] = struct{}{}
		}
	}
	return out
}

func (s Set[T]) Sorted() []T { return slices.Sorted(maps.Keys(s)) }

type Counter[K comparable] map[K]int

func (c Counter[K]) Update(xs ...K) {
	for _, x := range xs {
		c[x]++
	}
}

func MostCommon[K cmp.Ordered](c Counter[K], n int) []K {
	keys := slices.Collect(maps.Keys(c))
	slices.SortFunc(keys, func(a, b K) int {
		if c[a] != c[b] {
			return cmp.Compare(c[b], c[a])
		}
		return cmp.Compare(a, b)
	})
	if n < len(keys) {
		keys = keys[:n]
	}
	return keys
}

func main() {
	a := NewSet(1, 2, 3, 4)
	b := NewSet(3, 4, 5)
	fmt.Println(a.Union(b).Sorted(), a.Intersect(b).Sorted(), a.Has(2), b.Has(2))

	langs := NewSet("go", "python", "rust")
	fmt.Println(langs.Sorted(), len(langs))

	c := Counter[string]{}
	c.Update("a", "b", "a", "c", "b", "a", "d")
	fmt.Println(c)
	fmt.Println(MostCommon(c, 2))

	letters := Counter[rune]{}
	for _, r := range "mississippi" {
		letters.Update(r)
	}
	for _, r := range MostCommon(letters, 10) {
		fmt.Printf("%c=%d ", r, letters[r])
	}
	fmt.Println()
	fmt.Printf("%v %T\n", NewSet(2.5), NewSet("x"))
}

package main

import (
	"fmt"
	"sort"
)

type ID int

func (i ID) String() string { return fmt.Sprintf("#%d", int(i)) }

type Set[T comparable] map[T]struct{}

func (s Set[T]) Add(v T)      { s[v] = struct{}{} }
func (s Set[T]) Has(v T) bool { _, ok := s[v]; return ok }

func Keys[K comparable, V any](m map[K]V) []K {
	out := make([]K, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}

func Count[T comparable](xs []T) map[T]int {
	c := map[T]int{}
	for _, x := range xs {
		c[x]++
	}
	return c
}

func main() {
	s := Set[ID]{}
	s.Add(3)
	s.Add(1)
	fmt.Println(s.Has(3), s.Has(2), len(s))
	ks := Keys(s)
	sort.Slice(ks, func(i, j int) bool { return ks[i] < ks[j] })
	fmt.Println(ks)
	c := Count([]ID{1, 2, 1})
	fmt.Println(c, c[1])
	var total ID
	for k, n := range c {
		total += k * ID(n)
	}
	fmt.Println(total)
}

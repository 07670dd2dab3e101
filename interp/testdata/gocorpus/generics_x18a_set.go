package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type Set[T cmp.Ordered] map[T]struct{}

func NewSet[T cmp.Ordered](xs ...T) Set[T] {
	s := make(Set[T])
	for _, x := range xs {
		s.Add(x)
	}
	return s
}

func (s Set[T]) Add(x T)      { s[x] = struct{}{} }
func (s Set[T]) Has(x T) bool { _, ok := s[x]; return ok }
func (s Set[T]) Items() []T {
	out := make([]T, 0, len(s))
	for k := range s {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

func (s Set[T]) Union(o Set[T]) Set[T] {
	r := NewSet(s.Items()...)
	for k := range o {
		r.Add(k)
	}
	return r
}

func (s Set[T]) Intersect(o Set[T]) Set[T] {
	r := NewSet[T]()
	for k := range s {
		if o.Has(k) {
			r.Add(k)
		}
	}
	return r
}

func (s Set[T]) String() string {
	parts := make([]string, 0, len(s))
	for _, it := range s.Items() {
		parts = append(parts, fmt.Sprint(it))
	}
	return "{" + strings.Join(parts, ", ") + "}"
}

type Number interface {
	~int | ~int64 | ~float64
}

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

type Celsius float64

func GroupBy[T any, K comparable](xs []T, key func(T) K) map[K][]T {
	m := make(map[K][]T)
	for _, x := range xs {
		k := key(x)
		m[k] = append(m[k], x)
	}
	return m
}

func main() {
	a := NewSet(1, 3, 5, 7, 9)
	b := NewSet(3, 6, 9)
	fmt.Println(a, b)
	fmt.Println(a.Union(b), a.Intersect(b))
	fmt.Println(a.Has(5), b.Has(5), len(a.Union(b)))
	w := NewSet(strings.Fields("to be or not to be")...)
	fmt.Println(w, len(w))
	fmt.Println(Sum([]int{1, 2, 3}), Sum([]float64{0.5, 0.25}))
	temps := []Celsius{20.5, 22, 19.5}
	fmt.Printf("%.1f %T\n", Sum(temps), Sum(temps))
	g := GroupBy(strings.Fields("apple avocado banana blueberry cherry"), func(s string) byte { return s[0] })
	fmt.Println(len(g), g['a'], g['b'], g['c'])
	fmt.Println(g)
}

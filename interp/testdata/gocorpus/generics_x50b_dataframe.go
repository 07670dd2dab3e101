package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type Series[T any] struct {
	Name   string
	Values []T
}

func (s Series[T]) Len() int { return len(s.Values) }

func Filter[T any](s Series[T], keep []bool) Series[T] {
	out := Series[T]{Name: s.Name}
	for i, v := range s.Values {
		if keep[i] {
			out.Values = append(out.Values, v)
		}
	}
	return out
}

func Mask[T any](s Series[T], pred func(T) bool) []bool {
	m := make([]bool, s.Len())
	for i, v := range s.Values {
		m[i] = pred(v)
	}
	return m
}

func GroupBy[K cmp.Ordered, V any](keys Series[K], vals Series[V], agg func([]V) V) ([]K, []V) {
	groups := map[K][]V{}
	for i, k := range keys.Values {
		groups[k] = append(groups[k], vals.Values[i])
	}
	ks := make([]K, 0, len(groups))
	for k := range groups {
		ks = append(ks, k)
	}
	slices.Sort(ks)
	vs := make([]V, len(ks))
	for i, k := range ks {
		vs[i] = agg(groups[k])
	}
	return ks, vs
}

type Pair[A, B any] struct {
	First  A
	Second B
}

func Zip[A, B any](a []A, b []B) []Pair[A, B] {
	n := min(len(a), len(b))
	out := make([]Pair[A, B], n)
	for i := range n {
		out[i] = Pair[A, B]{a[i], b[i]}
	}
	return out
}

func main() {
	species := Series[string]{"species", strings.Fields("setosa setosa versicolor virginica versicolor setosa virginica")}
	petal := Series[float64]{"petal", []float64{1.4, 1.3, 4.7, 6.0, 4.5, 1.5, 5.9}}
	long := Mask(petal, func(v float64) bool { return v > 4 })
	fmt.Println("long petals:", Filter(species, long).Values)
	mean := func(xs []float64) float64 {
		s := 0.0
		for _, x := range xs {
			s += x
		}
		return s / float64(len(xs))
	}
	ks, vs := GroupBy(species, petal, mean)
	for _, p := range Zip(ks, vs) {
		fmt.Printf("%-11s %.3f\n", p.First, p.Second)
	}
	maxOf := func(xs []float64) float64 { return slices.Max(xs) }
	_, mx := GroupBy(species, petal, maxOf)
	fmt.Printf("%v %+v %T\n", mx, Zip(ks[:1], mx[:1])[0], Zip(ks, vs))
}

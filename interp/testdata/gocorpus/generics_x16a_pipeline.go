package main

import (
	"fmt"
	"sort"
	"strings"
)

type Stage[In, Out any] func(In) (Out, error)

func Compose[A, B, C any](f Stage[A, B], g Stage[B, C]) Stage[A, C] {
	return func(a A) (C, error) {
		b, err := f(a)
		if err != nil {
			var zero C
			return zero, fmt.Errorf("stage1: %w", err)
		}
		return g(b)
	}
}

type Counter[K comparable] struct {
	m map[K]int
}

func NewCounter[K comparable]() *Counter[K] { return &Counter[K]{m: map[K]int{}} }

func (c *Counter[K]) Add(items ...K) *Counter[K] {
	for _, it := range items {
		c.m[it]++
	}
	return c
}

func (c *Counter[K]) MostCommon(n int, less func(a, b K) bool) []K {
	keys := make([]K, 0, len(c.m))
	for k := range c.m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if c.m[keys[i]] != c.m[keys[j]] {
			return c.m[keys[i]] > c.m[keys[j]]
		}
		return less(keys[i], keys[j])
	})
	if n < len(keys) {
		keys = keys[:n]
	}
	return keys
}

func Zip[A, B any](as []A, bs []B) []struct {
	First  A
	Second B
} {
	n := min(len(as), len(bs))
	out := make([]struct {
		First  A
		Second B
	}, n)
	for i := 0; i < n; i++ {
		out[i].First, out[i].Second = as[i], bs[i]
	}
	return out
}

func main() {
	split := Stage[string, []string](func(s string) ([]string, error) {
		if s == "" {
			return nil, fmt.Errorf("empty input")
		}
		return strings.Fields(s), nil
	})
	count := Stage[[]string, int](func(ws []string) (int, error) { return len(ws), nil })
	wc := Compose(split, count)
	for _, in := range []string{"a b c", ""} {
		n, err := wc(in)
		fmt.Println(n, err)
	}
	c := NewCounter[string]().Add(strings.Split("a,b,a,c,b,a,d", ",")...)
	fmt.Println(c.MostCommon(2, func(a, b string) bool { return a < b }), c.m)
	ci := NewCounter[int]().Add(3, 1, 3, 2, 1, 3)
	fmt.Println(ci.MostCommon(10, func(a, b int) bool { return a < b }))
	z := Zip([]string{"x", "y", "z"}, []float64{1.5, 2.5})
	fmt.Printf("%v %+v\n", z, z[1])
}

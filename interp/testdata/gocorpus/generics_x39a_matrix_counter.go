package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type Number interface {
	~int | ~int32 | ~int64 | ~float32 | ~float64
}

type Matrix[T Number] [][]T

func Zeros[T Number](r, c int) Matrix[T] {
	m := make(Matrix[T], r)
	for i := range m {
		m[i] = make([]T, c)
	}
	return m
}

func (m Matrix[T]) Shape() (int, int) { return len(m), len(m[0]) }

func (m Matrix[T]) Mul(o Matrix[T]) Matrix[T] {
	r, k := m.Shape()
	_, c := o.Shape()
	out := Zeros[T](r, c)
	for i := 0; i < r; i++ {
		for j := 0; j < c; j++ {
			for x := 0; x < k; x++ {
				out[i][j] += m[i][x] * o[x][j]
			}
		}
	}
	return out
}

func (m Matrix[T]) Sum() T {
	var s T
	for _, row := range m {
		for _, v := range row {
			s += v
		}
	}
	return s
}

func Convert[T, U Number](m Matrix[T]) Matrix[U] {
	r, c := m.Shape()
	out := Zeros[U](r, c)
	for i := range m {
		for j := range m[i] {
			out[i][j] = U(m[i][j])
		}
	}
	return out
}

type Counter[K cmp.Ordered] struct {
	counts map[K]int
	total  int
}

func NewCounter[K cmp.Ordered](items ...K) *Counter[K] {
	c := &Counter[K]{counts: map[K]int{}}
	for _, it := range items {
		c.Add(it)
	}
	return c
}

func (c *Counter[K]) Add(k K) { c.counts[k]++; c.total++ }

type KV[K any] struct {
	Key   K
	Count int
}

func (c *Counter[K]) MostCommon(n int) []KV[K] {
	var kvs []KV[K]
	for k, v := range c.counts {
		kvs = append(kvs, KV[K]{k, v})
	}
	slices.SortFunc(kvs, func(a, b KV[K]) int {
		if a.Count != b.Count {
			return cmp.Compare(b.Count, a.Count)
		}
		return cmp.Compare(a.Key, b.Key)
	})
	if n < len(kvs) {
		kvs = kvs[:n]
	}
	return kvs
}

func (c *Counter[K]) Freq(k K) float64 { return float64(c.counts[k]) / float64(c.total) }

func main() {
	a := Matrix[int]{{1, 2}, {3, 4}}
	b := Matrix[int]{{0, 1}, {1, 0}}
	fmt.Println(a.Mul(b), a.Mul(a).Sum())
	f := Convert[int, float64](a)
	half := Matrix[float64]{{0.5, 0}, {0, 0.5}}
	fmt.Println(f.Mul(half))
	fmt.Printf("%T %T\n", f, Zeros[float32](1, 1))

	labels := strings.Fields("cat dog cat fish dog cat bird dog cat")
	c := NewCounter(labels...)
	fmt.Println(c.MostCommon(3))
	fmt.Printf("%+v\n", c.MostCommon(10))
	fmt.Printf("p(cat)=%.3f p(cow)=%.3f\n", c.Freq("cat"), c.Freq("cow"))
	digits := NewCounter(3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5)
	fmt.Println(digits.MostCommon(2), digits.total)
}

package main

import (
	"fmt"
	"math"
	"strings"
)

type Fenwick []int64

func NewFenwick(vals []int64) Fenwick {
	f := make(Fenwick, len(vals)+1)
	for i, v := range vals {
		f.Add(i, v)
	}
	return f
}

func (f Fenwick) Add(i int, d int64) {
	for i++; i < len(f); i += i & -i {
		f[i] += d
	}
}

func (f Fenwick) prefix(i int) (s int64) {
	for ; i > 0; i -= i & -i {
		s += f[i]
	}
	return
}

func (f Fenwick) Sum(l, r int) int64 { return f.prefix(r) - f.prefix(l) }

type Monoid[T any] struct {
	Identity T
	Combine  func(a, b T) T
}

type SegTree[T any] struct {
	n    int
	tree []T
	m    Monoid[T]
}

func NewSegTree[T any](vals []T, m Monoid[T]) *SegTree[T] {
	n := 1
	for n < len(vals) {
		n <<= 1
	}
	st := &SegTree[T]{n: n, tree: make([]T, 2*n), m: m}
	for i := range st.tree {
		st.tree[i] = m.Identity
	}
	copy(st.tree[n:], vals)
	for i := n - 1; i > 0; i-- {
		st.tree[i] = m.Combine(st.tree[2*i], st.tree[2*i+1])
	}
	return st
}

func (s *SegTree[T]) Set(i int, v T) {
	i += s.n
	s.tree[i] = v
	for i >>= 1; i > 0; i >>= 1 {
		s.tree[i] = s.m.Combine(s.tree[2*i], s.tree[2*i+1])
	}
}

func (s *SegTree[T]) Query(l, r int) T {
	resL, resR := s.m.Identity, s.m.Identity
	for l, r = l+s.n, r+s.n; l < r; l, r = l>>1, r>>1 {
		if l&1 == 1 {
			resL = s.m.Combine(resL, s.tree[l])
			l++
		}
		if r&1 == 1 {
			r--
			resR = s.m.Combine(s.tree[r], resR)
		}
	}
	return s.m.Combine(resL, resR)
}

func main() {
	vals := []int64{5, 2, 9, -3, 7, 1, 4, 8}
	f := NewFenwick(vals)
	fmt.Println(f.Sum(0, 8), f.Sum(2, 5), f.Sum(3, 4))
	f.Add(3, 10)
	fmt.Println(f.Sum(0, 8), f.Sum(2, 5), []int64(f))

	minM := Monoid[float64]{math.Inf(1), math.Min}
	st := NewSegTree([]float64{3.5, 1.25, 8, 6, -2, 4.75}, minM)
	fmt.Println(st.Query(0, 3), st.Query(2, 6), st.Query(3, 3))
	st.Set(4, 10)
	fmt.Println(st.Query(2, 6), st.n, len(st.tree))

	cat := Monoid[string]{"", func(a, b string) string { return a + b }}
	ss := NewSegTree(strings.Split("abcdefg", ""), cat)
	fmt.Printf("%q %q %q\n", ss.Query(1, 5), ss.Query(0, 7), ss.Query(6, 7))
	ss.Set(0, "Z")
	fmt.Println(ss.Query(0, 3), ss.tree[1])
}

package main

import (
	"errors"
	"fmt"
	"math"
)

type SegTree[T any] struct {
	n        int
	tree     []T
	identity T
	combine  func(a, b T) T
}

var ErrRange = errors.New("segtree: invalid range")

func NewSegTree[T any](data []T, identity T, combine func(a, b T) T) *SegTree[T] {
	n := 1
	for n < len(data) {
		n <<= 1
	}
	st := &SegTree[T]{n: n, tree: make([]T, 2*n), identity: identity, combine: combine}
	for i := range st.tree {
		st.tree[i] = identity
	}
	copy(st.tree[n:], data)
	for i := n - 1; i > 0; i-- {
		st.tree[i] = combine(st.tree[2*i], st.tree[2*i+1])
	}
	return st
}

func (s *SegTree[T]) Update(i int, v T) {
	i += s.n
	s.tree[i] = v
	for i >>= 1; i > 0; i >>= 1 {
		s.tree[i] = s.combine(s.tree[2*i], s.tree[2*i+1])
	}
}

// Query returns the combination over [l, r).
func (s *SegTree[T]) Query(l, r int) (T, error) {
	if l < 0 || r > s.n || l >= r {
		return s.identity, fmt.Errorf("query [%d,%d): %w", l, r, ErrRange)
	}
	resL, resR := s.identity, s.identity
	for l, r = l+s.n, r+s.n; l < r; l, r = l>>1, r>>1 {
		if l&1 == 1 {
			resL = s.combine(resL, s.tree[l])
			l++
		}
		if r&1 == 1 {
			r--
			resR = s.combine(s.tree[r], resR)
		}
	}
	return s.combine(resL, resR), nil
}

func (s *SegTree[T]) String() string {
	return fmt.Sprintf("SegTree(n=%d, leaves=%v)", s.n, s.tree[s.n:])
}

type MinMax struct{ Min, Max int }

func main() {
	data := []int{5, 2, 8, 1, 9, 3, 7}
	sum := NewSegTree(data, 0, func(a, b int) int { return a + b })
	fmt.Println(sum)
	for _, q := range [][2]int{{0, 7}, {1, 4}, {3, 3}, {2, 10}} {
		v, err := sum.Query(q[0], q[1])
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Printf("sum[%d:%d] = %d\n", q[0], q[1], v)
	}
	sum.Update(3, 10)
	v, _ := sum.Query(0, 4)
	fmt.Println("after update sum[0:4] =", v)

	mn := NewSegTree(data, math.MaxInt, func(a, b int) int { return min(a, b) })
	m, _ := mn.Query(2, 6)
	fmt.Println("min[2:6] =", m)

	mm := make([]MinMax, len(data))
	for i, x := range data {
		mm[i] = MinMax{x, x}
	}
	both := NewSegTree(mm, MinMax{math.MaxInt, math.MinInt}, func(a, b MinMax) MinMax {
		return MinMax{min(a.Min, b.Min), max(a.Max, b.Max)}
	})
	r, _ := both.Query(1, 5)
	fmt.Printf("%+v\n", r)

	concat := NewSegTree([]string{"a", "b", "c", "d", "e"}, "", func(a, b string) string { return a + b })
	s, _ := concat.Query(1, 4)
	fmt.Printf("%q %T\n", s, concat)
	_, err := concat.Query(4, 2)
	fmt.Println(errors.Is(err, ErrRange), err)
}

package main

import (
	"fmt"
	"math"
)

// SegTree is a generic segment tree over an associative combine with identity.
type SegTree[T any] struct {
	n       int
	tree    []T
	combine func(a, b T) T
	id      T
}

func NewSegTree[T any](vals []T, id T, combine func(a, b T) T) *SegTree[T] {
	n := 1
	for n < len(vals) {
		n <<= 1
	}
	st := &SegTree[T]{n: n, tree: make([]T, 2*n), combine: combine, id: id}
	for i := range st.tree {
		st.tree[i] = id
	}
	copy(st.tree[n:], vals)
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

// Query returns combine over [l, r).
func (s *SegTree[T]) Query(l, r int) T {
	resL, resR := s.id, s.id
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
	return s.combine(resL, resR)
}

type span struct {
	lo, hi int
}

func main() {
	nums := []int{1, 3, 5, 7, 9, 11}
	sum := NewSegTree(nums, 0, func(a, b int) int { return a + b })
	fmt.Println(sum.Query(0, 3), sum.Query(1, 6), sum.Query(2, 2))
	sum.Update(1, 10)
	fmt.Println(sum.Query(0, 3), sum.Query(0, 6))

	mn := NewSegTree(nums, math.MaxInt, func(a, b int) int { return min(a, b) })
	mn.Update(4, -2)
	fmt.Println(mn.Query(0, 4), mn.Query(3, 6))

	words := []string{"go", "is", "fun", "and", "fast"}
	cat := NewSegTree(words, "", func(a, b string) string {
		if a == "" {
			return b
		}
		if b == "" {
			return a
		}
		return a + " " + b
	})
	fmt.Printf("%q %q\n", cat.Query(1, 4), cat.Query(0, 5))
	cat.Update(2, "FUN")
	fmt.Printf("%q\n", cat.Query(0, 5))

	spans := []span{{3, 5}, {1, 2}, {8, 9}, {0, 4}}
	cover := NewSegTree(spans, span{math.MaxInt, math.MinInt}, func(a, b span) span {
		return span{min(a.lo, b.lo), max(a.hi, b.hi)}
	})
	fmt.Printf("%+v %+v\n", cover.Query(0, 2), cover.Query(1, 4))
	fmt.Printf("%T %d\n", cover, len(cover.tree))
}

package main

import (
	"fmt"
	"strings"
)

type Monoid[T any] struct {
	Identity T
	Combine  func(a, b T) T
}

type SegTree[T any] struct {
	n    int
	tree []T
	m    Monoid[T]
}

func NewSegTree[T any](xs []T, m Monoid[T]) *SegTree[T] {
	n := 1
	for n < len(xs) {
		n <<= 1
	}
	t := &SegTree[T]{n, make([]T, 2*n), m}
	for i := range t.tree {
		t.tree[i] = m.Identity
	}
	copy(t.tree[n:], xs)
	for i := n - 1; i > 0; i-- {
		t.tree[i] = m.Combine(t.tree[2*i], t.tree[2*i+1])
	}
	return t
}

func (t *SegTree[T]) Update(i int, v T) {
	i += t.n
	t.tree[i] = v
	for i >>= 1; i > 0; i >>= 1 {
		t.tree[i] = t.m.Combine(t.tree[2*i], t.tree[2*i+1])
	}
}

// Query over [l, r)
func (t *SegTree[T]) Query(l, r int) T {
	resL, resR := t.m.Identity, t.m.Identity
	for l, r = l+t.n, r+t.n; l < r; l, r = l>>1, r>>1 {
		if l&1 == 1 {
			resL = t.m.Combine(resL, t.tree[l])
			l++
		}
		if r&1 == 1 {
			r--
			resR = t.m.Combine(t.tree[r], resR)
		}
	}
	return t.m.Combine(resL, resR)
}

type MinIdx struct{ V, I int }

func main() {
	xs := []int{5, 3, 8, 6, 1, 9, 2, 7, 4}
	sum := NewSegTree(xs, Monoid[int]{0, func(a, b int) int { return a + b }})
	mins := make([]MinIdx, len(xs))
	for i, x := range xs {
		mins[i] = MinIdx{x, i}
	}
	mn := NewSegTree(mins, Monoid[MinIdx]{MinIdx{1 << 30, -1}, func(a, b MinIdx) MinIdx {
		if b.V < a.V {
			return b
		}
		return a
	}})
	queries := [][2]int{{0, 9}, {2, 5}, {5, 9}, {3, 4}, {0, 0}}
	for _, q := range queries {
		fmt.Printf("[%d,%d) sum=%d min=%+v\n", q[0], q[1], sum.Query(q[0], q[1]), mn.Query(q[0], q[1]))
	}
	sum.Update(4, 100)
	mn.Update(4, MinIdx{100, 4})
	fmt.Println(sum.Query(0, 9), mn.Query(0, 9), mn.Query(3, 6))
	cat := NewSegTree(strings.Split("the quick brown fox", " "), Monoid[string]{"", func(a, b string) string {
		if a == "" {
			return b
		}
		if b == "" {
			return a
		}
		return a + "_" + b
	}})
	fmt.Println(cat.Query(1, 3), cat.Query(0, 4), len(cat.tree))
}

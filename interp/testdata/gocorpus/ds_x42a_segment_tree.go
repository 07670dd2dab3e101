package main

import (
	"fmt"
	"strconv"
	"strings"
)

const input = `6
5 2 8 1 9 3
Q 0 5
Q 1 3
U 3 10
Q 2 4
U 0 0
Q 0 2
Q 5 5`

type SegTree[T any] struct {
	n    int
	tree []T
	op   func(a, b T) T
	id   T
}

func NewSegTree[T any](vals []T, op func(a, b T) T, id T) *SegTree[T] {
	n := 1
	for n < len(vals) {
		n <<= 1
	}
	st := &SegTree[T]{n: n, tree: make([]T, 2*n), op: op, id: id}
	for i := range st.tree {
		st.tree[i] = id
	}
	copy(st.tree[n:], vals)
	for i := n - 1; i > 0; i-- {
		st.tree[i] = op(st.tree[2*i], st.tree[2*i+1])
	}
	return st
}

func (s *SegTree[T]) Update(i int, v T) {
	i += s.n
	s.tree[i] = v
	for i >>= 1; i > 0; i >>= 1 {
		s.tree[i] = s.op(s.tree[2*i], s.tree[2*i+1])
	}
}

// Query returns op over [l, r].
func (s *SegTree[T]) Query(l, r int) T {
	resL, resR := s.id, s.id
	l += s.n
	r += s.n + 1
	for l < r {
		if l&1 == 1 {
			resL = s.op(resL, s.tree[l])
			l++
		}
		if r&1 == 1 {
			r--
			resR = s.op(s.tree[r], resR)
		}
		l >>= 1
		r >>= 1
	}
	return s.op(resL, resR)
}

type pair struct{ min, max int }

func main() {
	lines := strings.Split(input, "\n")
	n, _ := strconv.Atoi(lines[0])
	vals := make([]int, n)
	pairs := make([]pair, n)
	for i, f := range strings.Fields(lines[1]) {
		vals[i], _ = strconv.Atoi(f)
		pairs[i] = pair{vals[i], vals[i]}
	}
	sum := NewSegTree(vals, func(a, b int) int { return a + b }, 0)
	mm := NewSegTree(pairs, func(a, b pair) pair {
		return pair{min(a.min, b.min), max(a.max, b.max)}
	}, pair{1 << 60, -1 << 60})
	for _, ln := range lines[2:] {
		var op string
		var x, y int
		fmt.Sscanf(ln, "%s %d %d", &op, &x, &y)
		switch op {
		case "Q":
			fmt.Printf("sum(%d,%d)=%d minmax=%+v\n", x, y, sum.Query(x, y), mm.Query(x, y))
		case "U":
			sum.Update(x, y)
			mm.Update(x, pair{y, y})
		}
	}
	fmt.Printf("%T %T\n", sum, mm.tree[1])
}

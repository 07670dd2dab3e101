package main

import (
	"errors"
	"fmt"
	"strings"
)

type Number interface {
	~int | ~int64 | ~float64
}

type Fenwick[T Number] struct {
	tree []T
}

func NewFenwick[T Number](n int) *Fenwick[T] {
	return &Fenwick[T]{tree: make([]T, n+1)}
}

func FenwickFrom[T Number](xs []T) *Fenwick[T] {
	f := NewFenwick[T](len(xs))
	for i, x := range xs {
		f.Add(i, x)
	}
	return f
}

func (f *Fenwick[T]) Add(i int, delta T) {
	for i++; i < len(f.tree); i += i & -i {
		f.tree[i] += delta
	}
}

func (f *Fenwick[T]) Prefix(i int) T {
	var s T
	for ; i > 0; i -= i & -i {
		s += f.tree[i]
	}
	return s
}

func (f *Fenwick[T]) RangeSum(l, r int) (T, error) {
	if l < 0 || r > len(f.tree)-1 || l > r {
		var zero T
		return zero, errors.New("fenwick: bad range " + fmt.Sprint([2]int{l, r}))
	}
	return f.Prefix(r) - f.Prefix(l), nil
}

type Cents int64

func (c Cents) String() string { return fmt.Sprintf("$%d.%02d", c/100, c%100) }

func countInversions(xs []int) int {
	maxV := 0
	for _, x := range xs {
		maxV = max(maxV, x)
	}
	f := NewFenwick[int](maxV + 1)
	inv := 0
	for i := len(xs) - 1; i >= 0; i-- {
		inv += f.Prefix(xs[i])
		f.Add(xs[i], 1)
	}
	return inv
}

func main() {
	f := FenwickFrom([]int{3, 2, -1, 6, 5, 4, -3, 3, 7, 2, 3})
	fmt.Println("tree:", f.tree)
	for _, q := range [][2]int{{0, 11}, {1, 5}, {3, 3}, {5, 2}} {
		s, err := f.RangeSum(q[0], q[1])
		fmt.Printf("sum[%d,%d) = %d err=%v\n", q[0], q[1], s, err)
	}
	f.Add(4, 10)
	s, _ := f.RangeSum(0, 5)
	fmt.Println("after +10 at 4:", s)

	ledger := NewFenwick[Cents](7)
	deposits := []Cents{1250, 399, 10000, 5, 77, 2500, 1}
	for day, d := range deposits {
		ledger.Add(day, d)
	}
	week, _ := ledger.RangeSum(0, 7)
	mid, _ := ledger.RangeSum(2, 5)
	fmt.Println("week:", week, "mid:", mid)
	fmt.Printf("%v %T\n", ledger.Prefix(3), ledger.Prefix(3))

	ff := FenwickFrom([]float64{0.5, 0.25, 0.125})
	fmt.Println(ff.Prefix(3), strings.Repeat("=", 10))
	fmt.Println("inversions:", countInversions([]int{8, 4, 2, 1}), countInversions([]int{1, 20, 6, 4, 5}))
}

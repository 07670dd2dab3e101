package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

func ArgMaxBy[T any, K cmp.Ordered](xs []T, key func(T) K) (int, bool) {
	if len(xs) == 0 {
		return -1, false
	}
	best := 0
	for i := 1; i < len(xs); i++ {
		if key(xs[i]) > key(xs[best]) {
			best = i
		}
	}
	return best, true
}

type Pair[A, B any] struct {
	First  A
	Second B
}

func (p Pair[A, B]) String() string { return fmt.Sprintf("<%v|%v>", p.First, p.Second) }

func Zip[A, B any](as []A, bs []B) []Pair[A, B] {
	n := min(len(as), len(bs))
	out := make([]Pair[A, B], n)
	for i := range n {
		out[i] = Pair[A, B]{as[i], bs[i]}
	}
	return out
}

func abs[T ~int | ~float64](x T) T {
	var zero T
	if x < zero {
		return zero - x
	}
	return x
}

func rowEchelon(m [][]float64) [][]float64 {
	m = slices.Clone(m)
	for i := range m {
		m[i] = slices.Clone(m[i])
	}
	for k := range m {
		rows := m[k:]
		p, _ := ArgMaxBy(rows, func(r []float64) float64 { return abs(r[k]) })
		m[k], m[k+p] = m[k+p], m[k]
		for i := k + 1; i < len(m); i++ {
			f := m[i][k] / m[k][k]
			for j := range m[i] {
				m[i][j] -= f * m[k][j]
			}
		}
	}
	return m
}

func main() {
	m := [][]float64{{1, 2, 3}, {-7, 8, 9}, {4, -5, 6}}
	for _, r := range rowEchelon(m) {
		fmt.Println(strings.TrimRight(fmt.Sprintf("%8.3f", r), " "))
	}
	fmt.Println(m[0])
	words := []string{"pivot", "lu", "householder", "qr"}
	i, ok := ArgMaxBy(words, func(s string) int { return len(s) })
	fmt.Println(i, ok, words[i])
	_, ok = ArgMaxBy([]int(nil), func(x int) int { return x })
	fmt.Println(ok)
	z := Zip([]string{"λ1", "λ2", "λ3"}, []float64{3.5, -1, 0.25})
	fmt.Println(z)
	fmt.Printf("%v %T\n", z[0], z[1])
	slices.SortFunc(z, func(a, b Pair[string, float64]) int { return cmp.Compare(a.Second, b.Second) })
	fmt.Println(z, abs(-3), abs(2.5))
}

package main

import (
	"cmp"
	"fmt"
)

type Number interface {
	~int | ~int32 | ~float64
}

type Matrix[T Number] struct {
	rows, cols int
	data       []T
}

func NewMatrix[T Number](r, c int) *Matrix[T] {
	return &Matrix[T]{rows: r, cols: c, data: make([]T, r*c)}
}

func (m *Matrix[T]) At(i, j int) T     { return m.data[i*m.cols+j] }
func (m *Matrix[T]) Set(i, j int, v T) { m.data[i*m.cols+j] = v }

func Max[T cmp.Ordered](first T, rest ...T) T {
	m := first
	for _, v := range rest {
		m = max(m, v)
	}
	return m
}

type Scorer[T Number] struct {
	Match, Mismatch, Gap T
}

func (s Scorer[T]) score(a, b byte) T {
	if a == b {
		return s.Match
	}
	return s.Mismatch
}

func NeedlemanWunsch[T Number](a, b string, s Scorer[T]) (T, *Matrix[T]) {
	m := NewMatrix[T](len(a)+1, len(b)+1)
	for i := 1; i <= len(a); i++ {
		m.Set(i, 0, T(i)*s.Gap)
	}
	for j := 1; j <= len(b); j++ {
		m.Set(0, j, T(j)*s.Gap)
	}
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			m.Set(i, j, Max(
				m.At(i-1, j-1)+s.score(a[i-1], b[j-1]),
				m.At(i-1, j)+s.Gap,
				m.At(i, j-1)+s.Gap,
			))
		}
	}
	return m.At(len(a), len(b)), m
}

func show[T Number](m *Matrix[T]) {
	for i := 0; i < m.rows; i++ {
		for j := 0; j < m.cols; j++ {
			fmt.Printf("%6v", m.At(i, j))
		}
		fmt.Println()
	}
}

func main() {
	si, mi := NeedlemanWunsch("GCATGCG", "GATTACA", Scorer[int]{1, -1, -1})
	fmt.Println("int score:", si)
	show(mi)
	sf, mf := NeedlemanWunsch("ACGT", "AGT", Scorer[float64]{2, -0.5, -1.25})
	fmt.Printf("float score: %.2f (%T)\n", sf, sf)
	show(mf)
	fmt.Println(Max("ACG", "TTA", "GGC"), Max(3.5, -1.0))
	fmt.Printf("%T\n", mf)
}

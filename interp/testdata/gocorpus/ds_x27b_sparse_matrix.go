package main

import (
	"fmt"
	"maps"
	"slices"
)

type Key struct{ I, J int }

type Sparse struct {
	N    int
	Data map[Key]float64
}

func NewSparse(n int) *Sparse { return &Sparse{N: n, Data: make(map[Key]float64)} }

func (s *Sparse) Set(i, j int, v float64) {
	if v == 0 {
		delete(s.Data, Key{i, j})
		return
	}
	s.Data[Key{i, j}] = v
}

func (s *Sparse) MulVec(x []float64) []float64 {
	y := make([]float64, s.N)
	keys := slices.SortedFunc(maps.Keys(s.Data), func(a, b Key) int {
		if a.I != b.I {
			return a.I - b.I
		}
		return a.J - b.J
	})
	for _, k := range keys {
		y[k.I] += s.Data[k] * x[k.J]
	}
	return y
}

func jacobi(a *Sparse, b []float64, iters int) []float64 {
	x := make([]float64, a.N)
	diag := make([]float64, a.N)
	for k, v := range a.Data {
		if k.I == k.J {
			diag[k.I] = v
		}
	}
	for it := 0; it < iters; it++ {
		ax := a.MulVec(x)
		nx := make([]float64, a.N)
		for i := range x {
			nx[i] = x[i] + (b[i]-ax[i])/diag[i]
		}
		x = nx
	}
	return x
}

func main() {
	n := 8
	a := NewSparse(n)
	for i := 0; i < n; i++ {
		a.Set(i, i, 4)
		if i > 0 {
			a.Set(i, i-1, -1)
		}
		if i < n-1 {
			a.Set(i, i+1, -1)
		}
	}
	a.Set(0, 1, 0)
	a.Set(0, 1, -1)
	fmt.Println("nnz:", len(a.Data))
	fmt.Println(a.Data[Key{0, 0}], a.Data[Key{3, 2}], a.Data[Key{0, 5}])
	b := make([]float64, n)
	for i := range b {
		b[i] = float64(i + 1)
	}
	for _, it := range []int{1, 5, 25} {
		x := jacobi(a, b, it)
		r := a.MulVec(x)
		maxr := 0.0
		for i := range r {
			maxr = max(maxr, abs(r[i]-b[i]))
		}
		fmt.Printf("iters=%2d x=%.5f resid=%.2e\n", it, x, maxr)
	}
	small := NewSparse(2)
	small.Set(0, 0, 1)
	small.Set(1, 0, 2.5)
	fmt.Println(small.Data)
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}

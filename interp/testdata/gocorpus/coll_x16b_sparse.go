package main

import (
	"fmt"
	"maps"
	"slices"
	"sort"
)

type key struct{ r, c int }

type Sparse struct {
	rows, cols int
	m          map[key]float64
}

func NewSparse(r, c int) *Sparse { return &Sparse{r, c, map[key]float64{}} }

func (s *Sparse) Set(r, c int, v float64) {
	if v == 0 {
		delete(s.m, key{r, c})
		return
	}
	s.m[key{r, c}] = v
}

func (s *Sparse) MulVec(x []float64) []float64 {
	out := make([]float64, s.rows)
	for k, v := range s.m {
		out[k.r] += v * x[k.c]
	}
	return out
}

func (s *Sparse) TMulVec(g []float64) []float64 {
	out := make([]float64, s.cols)
	for k, v := range s.m {
		out[k.c] += v * g[k.r]
	}
	return out
}

func (s *Sparse) Keys() []key {
	ks := slices.Collect(maps.Keys(s.m))
	sort.Slice(ks, func(i, j int) bool {
		if ks[i].r != ks[j].r {
			return ks[i].r < ks[j].r
		}
		return ks[i].c < ks[j].c
	})
	return ks
}

func main() {
	s := NewSparse(4, 5)
	s.Set(0, 1, 2)
	s.Set(1, 3, -1)
	s.Set(2, 0, 0.5)
	s.Set(3, 4, 3)
	s.Set(3, 1, 1)
	s.Set(1, 3, 0)
	s.Set(2, 2, 4)
	for _, k := range s.Keys() {
		fmt.Printf("(%d,%d)=%g ", k.r, k.c, s.m[k])
	}
	fmt.Println()
	x := []float64{1, 2, 3, 4, 5}
	y := s.MulVec(x)
	fmt.Println("Ax =", y)
	g := []float64{1, 0, -1, 0.5}
	fmt.Println("A^T g =", s.TMulVec(g))
	grad := map[key]float64{}
	for k := range s.m {
		grad[k] = g[k.r] * x[k.c]
	}
	fmt.Println(grad)
	fmt.Printf("density %.2f\n", float64(len(s.m))/float64(s.rows*s.cols))
	cp := maps.Clone(s.m)
	maps.DeleteFunc(cp, func(k key, v float64) bool { return v < 1 })
	fmt.Println(len(cp), cp)
}

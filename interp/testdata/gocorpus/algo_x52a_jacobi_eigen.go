package main

import (
	"fmt"
	"math"
	"sort"
)

type EigenPair struct {
	Value  float64
	Vector []float64
}

type ByValue []EigenPair

func (b ByValue) Len() int           { return len(b) }
func (b ByValue) Less(i, j int) bool { return b[i].Value > b[j].Value }
func (b ByValue) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func jacobiEigen(a [][]float64) ([]EigenPair, int) {
	n := len(a)
	m := make([][]float64, n)
	v := make([][]float64, n)
	for i := range a {
		m[i] = append([]float64(nil), a[i]...)
		v[i] = make([]float64, n)
		v[i][i] = 1
	}
	sweeps := 0
	for ; sweeps < 50; sweeps++ {
		off := 0.0
		for i := 0; i < n; i++ {
			for j := i + 1; j < n; j++ {
				off += m[i][j] * m[i][j]
			}
		}
		if off < 1e-22 {
			break
		}
		for p := 0; p < n; p++ {
			for q := p + 1; q < n; q++ {
				if math.Abs(m[p][q]) < 1e-15 {
					continue
				}
				theta := (m[q][q] - m[p][p]) / (2 * m[p][q])
				t := math.Copysign(1, theta) / (math.Abs(theta) + math.Sqrt(theta*theta+1))
				c := 1 / math.Sqrt(t*t+1)
				s := t * c
				for k := 0; k < n; k++ {
					mkp, mkq := m[k][p], m[k][q]
					m[k][p], m[k][q] = c*mkp-s*mkq, s*mkp+c*mkq
				}
				for k := 0; k < n; k++ {
					mpk, mqk := m[p][k], m[q][k]
					m[p][k], m[q][k] = c*mpk-s*mqk, s*mpk+c*mqk
				}
				for k := 0; k < n; k++ {
					vkp, vkq := v[k][p], v[k][q]
					v[k][p], v[k][q] = c*vkp-s*vkq, s*vkp+c*vkq
				}
			}
		}
	}
	pairs := make([]EigenPair, n)
	for j := 0; j < n; j++ {
		vec := make([]float64, n)
		sign := 1.0
		for i := 0; i < n; i++ {
			vec[i] = v[i][j]
		}
		for _, x := range vec {
			if math.Abs(x) > 1e-9 {
				if x < 0 {
					sign = -1
				}
				break
			}
		}
		for i := range vec {
			vec[i] *= sign
		}
		pairs[j] = EigenPair{m[j][j], vec}
	}
	sort.Sort(ByValue(pairs))
	return pairs, sweeps
}

func main() {
	a := [][]float64{
		{4, -2, 2, 1},
		{-2, 2, -4, 0},
		{2, -4, 11, 3},
		{1, 0, 3, 7},
	}
	pairs, sweeps := jacobiEigen(a)
	fmt.Println("sweeps:", sweeps)
	trace := 0.0
	for i, p := range pairs {
		fmt.Printf("λ%d = %9.5f  v = %8.4f\n", i+1, p.Value, p.Vector)
		trace += p.Value
	}
	fmt.Printf("sum of eigenvalues = %.6f (trace %.1f)\n", trace, 24.0)
	fmt.Println(sort.IsSorted(ByValue(pairs)))
}

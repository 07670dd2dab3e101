// Exercises: two-layer net with Params map[string]*Matrix, Grads map printed in sorted key order, bias broadcast, ReLU mask, softmax
package main

import (
	"fmt"
	"maps"
	"math"
	"slices"
)

type Matrix struct {
	R, C int
	D    []float64 // row-major
}

func mat(r, c int, f func(i int) float64) *Matrix {
	m := &Matrix{r, c, make([]float64, r*c)}
	for i := range m.D {
		m.D[i] = f(i)
	}
	return m
}

func mul(a, b *Matrix) *Matrix {
	return mat(a.R, b.C, func(k int) (s float64) {
		for t := 0; t < a.C; t++ {
			s += a.D[k/b.C*a.C+t] * b.D[t*b.C+k%b.C]
		}
		return
	})
}

func tr(a *Matrix) *Matrix {
	return mat(a.C, a.R, func(k int) float64 { return a.D[(k%a.R)*a.C+k/a.R] })
}
func colSum(a *Matrix) *Matrix { return mul(mat(1, a.R, func(int) float64 { return 1 }), a) }

func main() {
	P := map[string]*Matrix{
		"W1": mat(3, 4, func(i int) float64 { return math.Sin(float64(i)) * 0.5 }),
		"W2": mat(4, 2, func(i int) float64 { return math.Cos(float64(i)) * 0.5 }),
		"b1": mat(1, 4, func(i int) float64 { return 0.1 }), "b2": mat(1, 2, func(i int) float64 { return 0 }),
	}
	X, y := mat(2, 3, func(i int) float64 { return float64(i%4) - 1 }), []int{1, 0}
	z1 := mul(X, P["W1"]) // the bias row is broadcast over the batch below
	h := mat(z1.R, z1.C, func(k int) float64 { return math.Max(0, z1.D[k]+P["b1"].D[k%z1.C]) })
	z2, n, loss := mul(h, P["W2"]), float64(X.R), 0.0
	s := mat(z2.R, z2.C, func(k int) float64 { return z2.D[k] + P["b2"].D[k%z2.C] })
	ds := mat(s.R, s.C, func(k int) float64 {
		p := math.Exp(s.D[k]) / (math.Exp(s.D[k/s.C*2]) + math.Exp(s.D[k/s.C*2+1]))
		if k%s.C == y[k/s.C] {
			loss -= math.Log(p) / n
			p--
		}
		return p / n
	})
	G := map[string]*Matrix{"W2": mul(tr(h), ds), "b2": colSum(ds)}
	dh := mul(ds, tr(P["W2"]))
	da := mat(dh.R, dh.C, func(k int) float64 {
		if h.D[k] > 0 { // the ReLU mask
			return dh.D[k]
		}
		return 0
	})
	G["W1"], G["b1"] = mul(tr(X), da), colSum(da)
	fmt.Printf("loss %.6f\n", loss)
	for _, k := range slices.Sorted(maps.Keys(G)) {
		fmt.Printf("%s %dx%d %.4f\n", k, G[k].R, G[k].C, G[k].D)
	}
}

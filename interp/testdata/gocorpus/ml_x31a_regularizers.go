package main

import (
	"fmt"
	"math"
	"sort"
)

type Regularizer interface {
	Penalty(w []float64) float64
	Grad(w []float64) []float64
}

type L2 float64
type L1 float64
type ElasticNet struct {
	L1 L1
	L2 L2
}

func (r L2) Penalty(w []float64) (p float64) {
	for _, v := range w {
		p += float64(r) * v * v
	}
	return
}
func (r L2) Grad(w []float64) []float64 {
	g := make([]float64, len(w))
	for i, v := range w {
		g[i] = 2 * float64(r) * v
	}
	return g
}
func (r L1) Penalty(w []float64) (p float64) {
	for _, v := range w {
		p += float64(r) * math.Abs(v)
	}
	return
}
func (r L1) Grad(w []float64) []float64 {
	g := make([]float64, len(w))
	for i, v := range w {
		switch {
		case v > 0:
			g[i] = float64(r)
		case v < 0:
			g[i] = -float64(r)
		}
	}
	return g
}
func (e ElasticNet) Penalty(w []float64) float64 { return e.L1.Penalty(w) + e.L2.Penalty(w) }
func (e ElasticNet) Grad(w []float64) []float64 {
	a, b := e.L1.Grad(w), e.L2.Grad(w)
	for i := range a {
		a[i] += b[i]
	}
	return a
}

func fitLogistic(X [][]float64, y []float64, reg Regularizer) ([]float64, float64) {
	w := make([]float64, len(X[0]))
	var loss float64
	for it := 0; it < 400; it++ {
		g := make([]float64, len(w))
		loss = 0
		for i, x := range X {
			z := 0.0
			for j := range w {
				z += w[j] * x[j]
			}
			p := 1 / (1 + math.Exp(-z))
			loss += -(y[i]*math.Log(p) + (1-y[i])*math.Log(1-p)) / float64(len(X))
			for j := range w {
				g[j] += (p - y[i]) * x[j] / float64(len(X))
			}
		}
		if reg != nil {
			loss += reg.Penalty(w)
			for j, rg := range reg.Grad(w) {
				g[j] += rg
			}
		}
		for j := range w {
			w[j] -= 0.5 * g[j]
		}
	}
	return w, loss
}

func main() {
	X := [][]float64{{1, 0.5, 3, 0.1}, {1, 1.5, -1, 0.2}, {1, -0.5, 2, -0.1}, {1, 2.0, 0.5, 0.0}, {1, -1.5, 1, 0.3}, {1, 0.1, -2, -0.2}}
	y := []float64{0, 1, 0, 1, 0, 1}
	regs := map[string]Regularizer{"none": nil, "l2": L2(0.05), "l1": L1(0.05), "elastic": ElasticNet{0.02, 0.02}}
	names := make([]string, 0, len(regs))
	for n := range regs {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		w, loss := fitLogistic(X, y, regs[n])
		small := 0
		for _, v := range w {
			if math.Abs(v) < 0.05 {
				small++
			}
		}
		fmt.Printf("%-8s %-18T loss=%.4f w=%+.3f near-zero=%d\n", n, regs[n], loss, w, small)
	}
	var r Regularizer = ElasticNet{L1: 0.1, L2: 0.1}
	if en, ok := r.(ElasticNet); ok {
		fmt.Printf("%+v %v\n", en, en.Penalty([]float64{1, -2}))
	}
}

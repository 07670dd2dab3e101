package main

import (
	"fmt"
	"math"
	"slices"
)

func softmax(z []float64) []float64 {
	m := slices.Max(z)
	out := make([]float64, len(z))
	sum := 0.0
	for i, v := range z {
		out[i] = math.Exp(v - m)
		sum += out[i]
	}
	for i := range out {
		out[i] /= sum
	}
	return out
}

type Softmax struct {
	W [][]float64
}

func (s *Softmax) logits(x []float64) []float64 {
	z := make([]float64, len(s.W))
	for k, w := range s.W {
		for j, v := range x {
			z[k] += w[j] * v
		}
	}
	return z
}

func main() {
	X := [][]float64{{1, 0.2, 0.1}, {1, 0.9, 0.1}, {1, 0.1, 0.8}, {1, 0.3, 0.2}, {1, 0.8, 0.3}, {1, 0.2, 0.9}}
	y := []int{0, 1, 2, 0, 1, 2}
	m := &Softmax{W: [][]float64{make([]float64, 3), make([]float64, 3), make([]float64, 3)}}
	for ep := 0; ep <= 400; ep++ {
		loss := 0.0
		for i, x := range X {
			p := softmax(m.logits(x))
			loss -= math.Log(p[y[i]])
			for k := range m.W {
				g := p[k]
				if k == y[i] {
					g -= 1
				}
				for j := range x {
					m.W[k][j] -= 0.5 * g * x[j]
				}
			}
		}
		if ep%100 == 0 {
			fmt.Printf("epoch %3d loss=%.5f\n", ep, loss/float64(len(X)))
		}
	}
	for i, x := range X {
		p := softmax(m.logits(x))
		fmt.Printf("x=%v y=%d p=%.3f argmax=%d\n", x[1:], y[i], p, slices.Index(p, slices.Max(p)))
	}
}

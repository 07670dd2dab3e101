package main

import (
	"fmt"
	"math"
	"math/rand/v2"
)

type SoftmaxReg struct {
	W [][]float64 // classes x features
	B []float64
}

func NewSoftmaxReg(k, d int) *SoftmaxReg {
	w := make([][]float64, k)
	for i := range w {
		w[i] = make([]float64, d)
	}
	return &SoftmaxReg{W: w, B: make([]float64, k)}
}

func (m *SoftmaxReg) Probs(x []float64) []float64 {
	z := make([]float64, len(m.W))
	mx := math.Inf(-1)
	for c, w := range m.W {
		z[c] = m.B[c]
		for j := range x {
			z[c] += w[j] * x[j]
		}
		mx = math.Max(mx, z[c])
	}
	sum := 0.0
	for c := range z {
		z[c] = math.Exp(z[c] - mx)
		sum += z[c]
	}
	for c := range z {
		z[c] /= sum
	}
	return z
}

func oneHot(y, k int) []float64 {
	v := make([]float64, k)
	v[y] = 1
	return v
}

func main() {
	r := rand.New(rand.NewPCG(1, 2))
	centers := [][2]float64{{0, 0}, {3, 0}, {0, 3}}
	var X [][]float64
	var Y []int
	for i := 0; i < 90; i++ {
		c := i % 3
		X = append(X, []float64{centers[c][0] + r.NormFloat64()*0.7, centers[c][1] + r.NormFloat64()*0.7})
		Y = append(Y, c)
	}
	m := NewSoftmaxReg(3, 2)
	lr := 0.1
	for epoch := 0; epoch < 100; epoch++ {
		loss := 0.0
		for i, x := range X {
			p := m.Probs(x)
			t := oneHot(Y[i], 3)
			loss -= math.Log(p[Y[i]])
			for c := range p {
				g := p[c] - t[c]
				for j := range x {
					m.W[c][j] -= lr * g * x[j] / float64(len(X))
				}
				m.B[c] -= lr * g / float64(len(X))
			}
		}
		if epoch%25 == 0 {
			fmt.Printf("epoch %3d loss=%.4f\n", epoch, loss/float64(len(X)))
		}
		lr *= 1.01
	}
	var conf [3][3]int
	for i, x := range X {
		p := m.Probs(x)
		best := 0
		for c := range p {
			if p[c] > p[best] {
				best = c
			}
		}
		conf[Y[i]][best]++
	}
	for _, row := range conf {
		fmt.Println(row)
	}
	fmt.Printf("W=%.4f B=%.4f\n", m.W, m.B)
}

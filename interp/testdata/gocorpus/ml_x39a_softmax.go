package main

import (
	"fmt"
	"math"
	"math/rand/v2"
)

const nClass = 3

func softmax(z []float64) []float64 {
	m := z[0]
	for _, v := range z {
		m = max(m, v)
	}
	out := make([]float64, len(z))
	var sum float64
	for i, v := range z {
		out[i] = math.Exp(v - m)
		sum += out[i]
	}
	for i := range out {
		out[i] /= sum
	}
	return out
}

func oneHot(k, n int) []float64 {
	v := make([]float64, n)
	v[k] = 1
	return v
}

type Softmax struct {
	W [nClass][2]float64
	B [nClass]float64
}

func (m *Softmax) Forward(x [2]float64) []float64 {
	z := make([]float64, nClass)
	for c := 0; c < nClass; c++ {
		z[c] = m.W[c][0]*x[0] + m.W[c][1]*x[1] + m.B[c]
	}
	return softmax(z)
}

func argmax(p []float64) int {
	best := 0
	for i := range p {
		if p[i] > p[best] {
			best = i
		}
	}
	return best
}

func main() {
	r := rand.New(rand.NewPCG(1, 2))
	centers := [nClass][2]float64{{0, 0}, {4, 0}, {2, 3}}
	var X [][2]float64
	var Y []int
	for i := 0; i < 90; i++ {
		c := i % nClass
		X = append(X, [2]float64{centers[c][0] + r.NormFloat64()*0.7, centers[c][1] + r.NormFloat64()*0.7})
		Y = append(Y, c)
	}
	var m Softmax
	lr := 0.1
	for epoch := 0; epoch < 200; epoch++ {
		var loss float64
		var gW [nClass][2]float64
		var gB [nClass]float64
		for i, x := range X {
			p := m.Forward(x)
			y := oneHot(Y[i], nClass)
			loss -= math.Log(p[Y[i]])
			for c := range p {
				d := p[c] - y[c]
				gW[c][0] += d * x[0]
				gW[c][1] += d * x[1]
				gB[c] += d
			}
		}
		n := float64(len(X))
		for c := 0; c < nClass; c++ {
			for j := 0; j < 2; j++ {
				m.W[c][j] -= lr * gW[c][j] / n
			}
			m.B[c] -= lr * gB[c] / n
		}
		if epoch%40 == 0 || epoch == 199 {
			fmt.Printf("epoch %3d  xent %.4f\n", epoch, loss/n)
		}
	}
	var cm [nClass][nClass]int
	for i, x := range X {
		cm[Y[i]][argmax(m.Forward(x))]++
	}
	fmt.Println("confusion:")
	for _, row := range cm {
		fmt.Println(" ", row)
	}
	for _, q := range [][2]float64{{0.2, 0.1}, {3.8, 0.4}, {2, 2.5}, {2, 1}} {
		p := m.Forward(q)
		fmt.Printf("%v -> class %d  p=[%.3f %.3f %.3f]\n", q, argmax(p), p[0], p[1], p[2])
	}
}

package main

import (
	"fmt"
	"math"
	"math/rand"
)

type Layer struct {
	W  [][]float64
	b  []float64
	vW [][]float64
	vb []float64
}

func newLayer(r *rand.Rand, in, out int) *Layer {
	l := &Layer{W: make([][]float64, out), b: make([]float64, out), vW: make([][]float64, out), vb: make([]float64, out)}
	scale := math.Sqrt(2.0 / float64(in))
	for i := range l.W {
		l.W[i] = make([]float64, in)
		l.vW[i] = make([]float64, in)
		for j := range l.W[i] {
			l.W[i][j] = r.NormFloat64() * scale
		}
	}
	return l
}

func (l *Layer) forward(x []float64) []float64 {
	out := make([]float64, len(l.W))
	for i, row := range l.W {
		out[i] = l.b[i]
		for j, w := range row {
			out[i] += w * x[j]
		}
	}
	return out
}

func (l *Layer) backward(x, dout []float64, lr, mu float64) []float64 {
	dx := make([]float64, len(x))
	for i, row := range l.W {
		for j := range row {
			dx[j] += row[j] * dout[i]
			l.vW[i][j] = mu*l.vW[i][j] - lr*dout[i]*x[j]
			row[j] += l.vW[i][j]
		}
		l.vb[i] = mu*l.vb[i] - lr*dout[i]
		l.b[i] += l.vb[i]
	}
	return dx
}

func main() {
	r := rand.New(rand.NewSource(42))
	X := [][]float64{{0, 0}, {0, 1}, {1, 0}, {1, 1}}
	Y := []float64{0, 1, 1, 0}
	l1 := newLayer(r, 2, 4)
	l2 := newLayer(r, 4, 1)
	sig := func(z float64) float64 { return 1 / (1 + math.Exp(-z)) }
	for epoch := 0; epoch <= 2000; epoch++ {
		loss := 0.0
		for n, x := range X {
			z1 := l1.forward(x)
			h := make([]float64, len(z1))
			for i, z := range z1 {
				h[i] = math.Tanh(z)
			}
			p := sig(l2.forward(h)[0])
			loss += -(Y[n]*math.Log(p) + (1-Y[n])*math.Log(1-p))
			dz2 := []float64{p - Y[n]}
			dh := l2.backward(h, dz2, 0.1, 0.9)
			dz1 := make([]float64, len(dh))
			for i := range dh {
				dz1[i] = dh[i] * (1 - h[i]*h[i])
			}
			l1.backward(x, dz1, 0.1, 0.9)
		}
		if epoch%400 == 0 {
			fmt.Printf("epoch %4d loss %.4f\n", epoch, loss/4)
		}
	}
	for n, x := range X {
		h := l1.forward(x)
		for i := range h {
			h[i] = math.Tanh(h[i])
		}
		p := sig(l2.forward(h)[0])
		fmt.Printf("%v -> %.3f (want %v) %v\n", x, p, Y[n], math.Round(p) == Y[n])
	}
}

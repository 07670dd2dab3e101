package main

import (
	"fmt"
	"math"
	"math/rand/v2"
)

type Layer struct {
	W [][]float64
	B []float64
}

func newLayer(r *rand.Rand, in, out int) *Layer {
	l := &Layer{W: make([][]float64, in), B: make([]float64, out)}
	for i := range l.W {
		l.W[i] = make([]float64, out)
		for j := range l.W[i] {
			l.W[i][j] = r.NormFloat64() * math.Sqrt(2/float64(in))
		}
	}
	return l
}

func (l *Layer) forward(x []float64) []float64 {
	out := append([]float64(nil), l.B...)
	for i, xi := range x {
		for j := range out {
			out[j] += xi * l.W[i][j]
		}
	}
	return out
}

func relu(v []float64) []float64 {
	o := make([]float64, len(v))
	for i, x := range v {
		o[i] = max(0, x)
	}
	return o
}

func main() {
	r := rand.New(rand.NewPCG(1, 2))
	X := [][]float64{{0, 0}, {0, 1}, {1, 0}, {1, 1}}
	Y := []float64{0, 1, 1, 0}
	l1 := newLayer(r, 2, 8)
	l2 := newLayer(r, 8, 1)
	lr := 0.1
	for epoch := 0; epoch <= 400; epoch++ {
		loss := 0.0
		for n, x := range X {
			h := l1.forward(x)
			a := relu(h)
			out := l2.forward(a)[0]
			p := 1 / (1 + math.Exp(-out))
			loss += -(Y[n]*math.Log(p+1e-12) + (1-Y[n])*math.Log(1-p+1e-12))
			dout := p - Y[n]
			da := make([]float64, len(a))
			for j := range a {
				da[j] = dout * l2.W[j][0]
				l2.W[j][0] -= lr * dout * a[j]
			}
			l2.B[0] -= lr * dout
			for j := range h {
				if h[j] <= 0 {
					da[j] = 0
				}
			}
			for i := range x {
				for j := range da {
					l1.W[i][j] -= lr * da[j] * x[i]
				}
			}
			for j := range da {
				l1.B[j] -= lr * da[j]
			}
		}
		if epoch%100 == 0 {
			fmt.Printf("epoch %3d loss %.5f\n", epoch, loss/4)
		}
	}
	for n, x := range X {
		out := l2.forward(relu(l1.forward(x)))[0]
		p := 1 / (1 + math.Exp(-out))
		fmt.Printf("%v -> %.3f (want %v)\n", x, p, Y[n])
	}
}

package main

import (
	"fmt"
	"math"
	"math/rand"
)

type Layer struct {
	W    [][]float64
	b    []float64
	in   []float64
	outs []float64
}

func NewLayer(r *rand.Rand, nin, nout int) *Layer {
	l := &Layer{W: make([][]float64, nout), b: make([]float64, nout)}
	for i := range l.W {
		l.W[i] = make([]float64, nin)
		for j := range l.W[i] {
			l.W[i][j] = r.Float64()*2 - 1
		}
	}
	return l
}

func (l *Layer) Forward(x []float64) []float64 {
	l.in = x
	l.outs = make([]float64, len(l.W))
	for i, row := range l.W {
		s := l.b[i]
		for j, w := range row {
			s += w * x[j]
		}
		l.outs[i] = math.Tanh(s)
	}
	return l.outs
}

func (l *Layer) Backward(dout []float64, lr float64) []float64 {
	din := make([]float64, len(l.in))
	for i, row := range l.W {
		dz := dout[i] * (1 - l.outs[i]*l.outs[i])
		for j := range row {
			din[j] += dz * row[j]
			row[j] -= lr * dz * l.in[j]
		}
		l.b[i] -= lr * dz
	}
	return din
}

func main() {
	r := rand.New(rand.NewSource(42))
	net := []*Layer{NewLayer(r, 2, 4), NewLayer(r, 4, 1)}
	X := [][]float64{{0, 0}, {0, 1}, {1, 0}, {1, 1}}
	Y := []float64{-1, 1, 1, -1}
	for epoch := 0; epoch <= 300; epoch++ {
		total := 0.0
		for i, x := range X {
			h := x
			for _, l := range net {
				h = l.Forward(h)
			}
			d := h[0] - Y[i]
			total += d * d
			g := []float64{2 * d}
			for k := len(net) - 1; k >= 0; k-- {
				g = net[k].Backward(g, 0.05)
			}
		}
		if epoch%60 == 0 {
			fmt.Printf("epoch %3d loss %.6f\n", epoch, total/4)
		}
	}
	for _, x := range X {
		h := x
		for _, l := range net {
			h = l.Forward(h)
		}
		fmt.Printf("%v -> %+.4f\n", x, h[0])
	}
}

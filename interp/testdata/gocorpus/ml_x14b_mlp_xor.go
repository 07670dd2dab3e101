package main

import (
	"fmt"
	"math"
	"math/rand"
)

type Layer struct {
	W [][]float64
	B []float64
}

func newLayer(r *rand.Rand, in, out int) Layer {
	l := Layer{W: make([][]float64, out), B: make([]float64, out)}
	for i := range l.W {
		l.W[i] = make([]float64, in)
		for j := range l.W[i] {
			l.W[i][j] = r.Float64()*2 - 1
		}
	}
	return l
}

func sigmoid(x float64) float64 { return 1 / (1 + math.Exp(-x)) }

func (l Layer) forward(x []float64) []float64 {
	out := make([]float64, len(l.W))
	for i, row := range l.W {
		s := l.B[i]
		for j, w := range row {
			s += w * x[j]
		}
		out[i] = sigmoid(s)
	}
	return out
}

func main() {
	r := rand.New(rand.NewSource(42))
	h := newLayer(r, 2, 4)
	o := newLayer(r, 4, 1)
	X := [][]float64{{0, 0}, {0, 1}, {1, 0}, {1, 1}}
	Y := []float64{0, 1, 1, 0}
	lr := 0.5
	for epoch := 0; epoch <= 4000; epoch++ {
		loss := 0.0
		for k, x := range X {
			a1 := h.forward(x)
			a2 := o.forward(a1)
			err := a2[0] - Y[k]
			loss += err * err
			d2 := err * a2[0] * (1 - a2[0])
			for i := range a1 {
				d1 := d2 * o.W[0][i] * a1[i] * (1 - a1[i])
				o.W[0][i] -= lr * d2 * a1[i]
				for j := range x {
					h.W[i][j] -= lr * d1 * x[j]
				}
				h.B[i] -= lr * d1
			}
			o.B[0] -= lr * d2
		}
		if epoch%1000 == 0 {
			fmt.Printf("epoch %4d loss %.6f\n", epoch, loss/4)
		}
	}
	for _, x := range X {
		fmt.Printf("%v -> %.3f\n", x, o.forward(h.forward(x))[0])
	}
}

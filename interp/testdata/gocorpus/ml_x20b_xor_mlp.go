package main

import (
	"fmt"
	"math"
	"math/rand/v2"
)

type Layer interface {
	Forward(x []float64) []float64
	Backward(grad []float64, lr float64) []float64
}

type Dense struct {
	W    [][]float64
	B    []float64
	in   []float64
	pre  []float64
	act  func(float64) float64
	dact func(float64) float64
}

func NewDense(nin, nout int, r *rand.Rand, act, dact func(float64) float64) *Dense {
	d := &Dense{W: make([][]float64, nout), B: make([]float64, nout), act: act, dact: dact}
	for i := range d.W {
		d.W[i] = make([]float64, nin)
		for j := range d.W[i] {
			d.W[i][j] = r.Float64()*2 - 1
		}
	}
	return d
}

func (d *Dense) Forward(x []float64) []float64 {
	d.in = x
	d.pre = make([]float64, len(d.W))
	out := make([]float64, len(d.W))
	for i, row := range d.W {
		s := d.B[i]
		for j, w := range row {
			s += w * x[j]
		}
		d.pre[i] = s
		out[i] = d.act(s)
	}
	return out
}

func (d *Dense) Backward(g []float64, lr float64) []float64 {
	gin := make([]float64, len(d.in))
	for i, row := range d.W {
		delta := g[i] * d.dact(d.pre[i])
		for j := range row {
			gin[j] += row[j] * delta
			row[j] -= lr * delta * d.in[j]
		}
		d.B[i] -= lr * delta
	}
	return gin
}

type Model []Layer

func (m Model) Predict(x []float64) []float64 {
	for _, l := range m {
		x = l.Forward(x)
	}
	return x
}

func main() {
	r := rand.New(rand.NewPCG(1, 2))
	sig := func(x float64) float64 { return 1 / (1 + math.Exp(-x)) }
	dsig := func(x float64) float64 { s := sig(x); return s * (1 - s) }
	dtanh := func(x float64) float64 { t := math.Tanh(x); return 1 - t*t }
	m := Model{NewDense(2, 4, r, math.Tanh, dtanh), NewDense(4, 1, r, sig, dsig)}
	X := [][]float64{{0, 0}, {0, 1}, {1, 0}, {1, 1}}
	Y := []float64{0, 1, 1, 0}
	for epoch := 0; epoch <= 3000; epoch++ {
		loss := 0.0
		for i, x := range X {
			out := m.Predict(x)
			e := out[0] - Y[i]
			loss += e * e
			g := []float64{2 * e}
			for l := len(m) - 1; l >= 0; l-- {
				g = m[l].Backward(g, 0.5)
			}
		}
		if epoch%1000 == 0 {
			fmt.Printf("epoch %d loss %.4f\n", epoch, loss/4)
		}
	}
	for i, x := range X {
		p := m.Predict(x)[0]
		fmt.Printf("%v -> %.4f (want %v)\n", x, p, Y[i])
	}
}

package main

import (
	"fmt"
	"math"
	"strings"
)

type Layer interface {
	Forward(x [][]float64) [][]float64
	Backward(dout [][]float64) [][]float64
}

type Params interface {
	Params() map[string][][]float64
	Grads() map[string][][]float64
}

type Affine struct {
	W, dW [][]float64
	x     [][]float64
}

func zeros(r, c int) [][]float64 {
	m := make([][]float64, r)
	for i := range m {
		m[i] = make([]float64, c)
	}
	return m
}

func (a *Affine) Forward(x [][]float64) [][]float64 {
	a.x = x
	out := zeros(len(x), len(a.W[0]))
	for i := range x {
		for k := range a.W {
			for j := range a.W[k] {
				out[i][j] += x[i][k] * a.W[k][j]
			}
		}
	}
	return out
}

func (a *Affine) Backward(dout [][]float64) [][]float64 {
	a.dW = zeros(len(a.W), len(a.W[0]))
	dx := zeros(len(a.x), len(a.W))
	for i := range dout {
		for k := range a.W {
			for j := range a.W[k] {
				a.dW[k][j] += a.x[i][k] * dout[i][j]
				dx[i][k] += dout[i][j] * a.W[k][j]
			}
		}
	}
	return dx
}

func (a *Affine) Params() map[string][][]float64 { return map[string][][]float64{"W": a.W} }
func (a *Affine) Grads() map[string][][]float64  { return map[string][][]float64{"W": a.dW} }

type ReLU struct{ mask [][]bool }

func (r *ReLU) Forward(x [][]float64) [][]float64 {
	r.mask = make([][]bool, len(x))
	out := zeros(len(x), len(x[0]))
	for i := range x {
		r.mask[i] = make([]bool, len(x[i]))
		for j, v := range x[i] {
			r.mask[i][j] = v > 0
			out[i][j] = math.Max(v, 0)
		}
	}
	return out
}

func (r *ReLU) Backward(dout [][]float64) [][]float64 {
	dx := zeros(len(dout), len(dout[0]))
	for i := range dout {
		for j := range dout[i] {
			if r.mask[i][j] {
				dx[i][j] = dout[i][j]
			}
		}
	}
	return dx
}

type Sequential []Layer

func (s Sequential) Forward(x [][]float64) [][]float64 {
	for _, l := range s {
		x = l.Forward(x)
	}
	return x
}

func (s Sequential) Backward(d [][]float64) {
	for i := len(s) - 1; i >= 0; i-- {
		d = s[i].Backward(d)
	}
}

func main() {
	model := Sequential{
		&Affine{W: [][]float64{{0.5, -0.2, 0.1}, {0.3, 0.8, -0.5}}},
		&ReLU{},
		&Affine{W: [][]float64{{1}, {-1}, {0.5}}},
	}
	x := [][]float64{{1, 2}, {-1, 0.5}, {0.3, -0.7}}
	target := []float64{0.5, -0.2, 0.1}
	for it := 0; it < 30; it++ {
		out := model.Forward(x)
		loss := 0.0
		dout := zeros(len(out), 1)
		for i := range out {
			d := out[i][0] - target[i]
			loss += 0.5 * d * d
			dout[i][0] = d
		}
		model.Backward(dout)
		for _, l := range model {
			if p, ok := l.(Params); ok {
				g := p.Grads()
				for name, w := range p.Params() {
					for r := range w {
						for c := range w[r] {
							w[r][c] -= 0.1 * g[name][r][c]
						}
					}
				}
			}
		}
		if it%10 == 0 || it == 29 {
			fmt.Printf("iter %2d loss %.6f\n", it, loss)
		}
	}
	var kinds []string
	for _, l := range model {
		kinds = append(kinds, strings.TrimPrefix(fmt.Sprintf("%T", l), "*main."))
	}
	fmt.Println(strings.Join(kinds, " -> "))
	fmt.Printf("%.3f\n", model[2].(*Affine).W)
}

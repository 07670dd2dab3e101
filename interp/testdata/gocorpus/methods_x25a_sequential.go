package main

import (
	"fmt"
	"math"
	"strings"
)

type Layer interface {
	Forward(x []float64) []float64
	Backward(dy []float64) []float64
}

type cache struct{ in, out []float64 }

func (c *cache) save(in, out []float64) []float64 { c.in, c.out = in, out; return out }

type Linear struct {
	cache
	W      [][]float64
	dW     [][]float64
	inDim  int
	outDim int
}

func NewLinear(in, out int, init func(i, j int) float64) *Linear {
	l := &Linear{inDim: in, outDim: out}
	for i := 0; i < out; i++ {
		row, drow := make([]float64, in), make([]float64, in)
		for j := range row {
			row[j] = init(i, j)
		}
		l.W, l.dW = append(l.W, row), append(l.dW, drow)
	}
	return l
}

func (l *Linear) Forward(x []float64) []float64 {
	y := make([]float64, l.outDim)
	for i, row := range l.W {
		for j, w := range row {
			y[i] += w * x[j]
		}
	}
	return l.save(x, y)
}

func (l *Linear) Backward(dy []float64) []float64 {
	dx := make([]float64, l.inDim)
	for i, row := range l.W {
		for j := range row {
			l.dW[i][j] += dy[i] * l.in[j]
			dx[j] += dy[i] * row[j]
		}
	}
	return dx
}

type Activation struct {
	cache
	name string
	f    func(float64) float64
	df   func(x, y float64) float64
}

func (a *Activation) Forward(x []float64) []float64 {
	y := make([]float64, len(x))
	for i, v := range x {
		y[i] = a.f(v)
	}
	return a.save(x, y)
}

func (a *Activation) Backward(dy []float64) []float64 {
	dx := make([]float64, len(dy))
	for i := range dy {
		dx[i] = dy[i] * a.df(a.in[i], a.out[i])
	}
	return dx
}

type Sequential []Layer

func (s Sequential) Forward(x []float64) []float64 {
	for _, l := range s {
		x = l.Forward(x)
	}
	return x
}

func (s Sequential) Backward(dy []float64) []float64 {
	for i := len(s) - 1; i >= 0; i-- {
		dy = s[i].Backward(dy)
	}
	return dy
}

func main() {
	relu := &Activation{name: "relu", f: func(x float64) float64 { return math.Max(0, x) },
		df: func(x, _ float64) float64 {
			if x > 0 {
				return 1
			}
			return 0
		}}
	sig := &Activation{name: "sigmoid", f: func(x float64) float64 { return 1 / (1 + math.Exp(-x)) },
		df: func(_, y float64) float64 { return y * (1 - y) }}
	net := Sequential{
		NewLinear(3, 4, func(i, j int) float64 { return float64((i+2*j)%5)/5 - 0.4 }),
		relu,
		NewLinear(4, 1, func(i, j int) float64 { return 0.3 * float64(j-1) }),
		sig,
	}
	y := net.Forward([]float64{1, -0.5, 2})
	dx := net.Backward([]float64{y[0] - 1})
	fmt.Printf("y=%.6f dx=%.6f\n", y, dx)
	var names []string
	for _, l := range net {
		switch v := l.(type) {
		case *Linear:
			names = append(names, fmt.Sprintf("Linear(%d->%d)", v.inDim, v.outDim))
		case *Activation:
			names = append(names, v.name)
		}
	}
	fmt.Println(strings.Join(names, " | "))
	fmt.Printf("dW2=%.6f\n", net[2].(*Linear).dW)
	fwd := net[1].Forward
	fmt.Println(fwd([]float64{-1, 2}), relu.out)
}

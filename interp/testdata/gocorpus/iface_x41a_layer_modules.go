package main

import (
	"fmt"
	"math"
	"strings"
)

type Module interface {
	Forward(x []float64) []float64
	Backward(dout []float64) []float64
}

type Named interface {
	Name() string
}

type Linear struct {
	W    [][]float64
	x    []float64
	DW   [][]float64
	name string
}

func (l *Linear) Name() string { return l.name }

func (l *Linear) Forward(x []float64) []float64 {
	l.x = x
	out := make([]float64, len(l.W[0]))
	for i := range x {
		for j := range out {
			out[j] += x[i] * l.W[i][j]
		}
	}
	return out
}

func (l *Linear) Backward(dout []float64) []float64 {
	dx := make([]float64, len(l.x))
	l.DW = make([][]float64, len(l.W))
	for i := range l.W {
		l.DW[i] = make([]float64, len(l.W[i]))
		for j := range l.W[i] {
			l.DW[i][j] = l.x[i] * dout[j]
			dx[i] += l.W[i][j] * dout[j]
		}
	}
	return dx
}

type Sigmoid struct{ out []float64 }

func (s *Sigmoid) Forward(x []float64) []float64 {
	s.out = make([]float64, len(x))
	for i, v := range x {
		s.out[i] = 1 / (1 + math.Exp(-v))
	}
	return s.out
}

func (s *Sigmoid) Backward(d []float64) []float64 {
	dx := make([]float64, len(d))
	for i := range d {
		dx[i] = d[i] * s.out[i] * (1 - s.out[i])
	}
	return dx
}

type Sequential []Module

func (s Sequential) Forward(x []float64) []float64 {
	for _, m := range s {
		x = m.Forward(x)
	}
	return x
}

func (s Sequential) Backward(d []float64) []float64 {
	for i := len(s) - 1; i >= 0; i-- {
		d = s[i].Backward(d)
	}
	return d
}

func describe(m Module) string {
	switch v := m.(type) {
	case Named:
		return "named:" + v.Name()
	case *Sigmoid:
		return "sigmoid"
	case Sequential:
		parts := make([]string, len(v))
		for i, sub := range v {
			parts[i] = describe(sub)
		}
		return "seq[" + strings.Join(parts, ",") + "]"
	default:
		return fmt.Sprintf("%T", v)
	}
}

func main() {
	net := Sequential{
		&Linear{W: [][]float64{{0.5, -0.3}, {0.8, 0.2}}, name: "fc1"},
		&Sigmoid{},
		&Linear{W: [][]float64{{1.0}, {-1.0}}, name: "fc2"},
	}
	var m Module = net
	fmt.Println(describe(m))
	out := m.Forward([]float64{1, 2})
	fmt.Printf("out = %.6f\n", out)
	dx := m.Backward([]float64{1})
	fmt.Printf("dx  = %.6f\n", dx)
	for _, mod := range net {
		if l, ok := mod.(*Linear); ok {
			fmt.Printf("%s dW = %.4f\n", l.Name(), l.DW)
		}
	}
}

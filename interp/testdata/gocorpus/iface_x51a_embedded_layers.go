package main

import (
	"fmt"
	"math"
)

type Layer interface {
	Forward([][]float64) [][]float64
	Backward([][]float64) [][]float64
}

type named struct{ name string }

func (n named) Name() string { return n.name }

type cache struct{ in, out [][]float64 }

type Elementwise struct {
	named
	cache
	f, df func(float64) float64
}

func (e *Elementwise) Forward(x [][]float64) [][]float64 {
	e.in = x
	e.out = mapM(x, e.f)
	return e.out
}

func (e *Elementwise) Backward(g [][]float64) [][]float64 {
	d := mapM(e.in, e.df)
	for i := range d {
		for j := range d[i] {
			d[i][j] *= g[i][j]
		}
	}
	return d
}

func mapM(x [][]float64, f func(float64) float64) [][]float64 {
	o := make([][]float64, len(x))
	for i := range x {
		o[i] = make([]float64, len(x[i]))
		for j, v := range x[i] {
			o[i][j] = f(v)
		}
	}
	return o
}

func newTanh() *Elementwise {
	return &Elementwise{named: named{"tanh"}, f: math.Tanh, df: func(x float64) float64 {
		t := math.Tanh(x)
		return 1 - t*t
	}}
}

func newSquare() *Elementwise {
	return &Elementwise{named: named{"square"}, f: func(x float64) float64 { return x * x }, df: func(x float64) float64 { return 2 * x }}
}

func main() {
	layers := []Layer{newTanh(), newSquare()}
	x := [][]float64{{0.5, -1}, {2, 0}}
	out := x
	for _, l := range layers {
		out = l.Forward(out)
		if n, ok := l.(interface{ Name() string }); ok {
			fmt.Printf("%s: %.4f\n", n.Name(), out)
		}
	}
	g := [][]float64{{1, 1}, {1, 1}}
	for i := len(layers) - 1; i >= 0; i-- {
		g = layers[i].Backward(g)
	}
	fmt.Printf("grad: %.4f\n", g)
	// numeric check of element (0,0)
	h := 1e-6
	fx := func(v float64) float64 { t := math.Tanh(v); return t * t }
	fmt.Printf("numeric (0,0): %.4f\n", (fx(0.5+h)-fx(0.5-h))/(2*h))
	e := layers[0].(*Elementwise)
	fmt.Println(e.Name(), e.in[1], len(e.cache.out))
}

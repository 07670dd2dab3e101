package main

import (
	"fmt"
	"strings"
)

type Layer interface {
	Forward(x []float64) []float64
	Backward(dy []float64) []float64
}

type Scale struct{ k float64 }

func (s Scale) Forward(x []float64) []float64 {
	y := make([]float64, len(x))
	for i := range x {
		y[i] = s.k * x[i]
	}
	return y
}
func (s Scale) Backward(dy []float64) []float64 { return s.Forward(dy) }

type ReLU struct{ mask []bool }

func (r *ReLU) Forward(x []float64) []float64 {
	r.mask = make([]bool, len(x))
	y := make([]float64, len(x))
	for i, v := range x {
		if v > 0 {
			y[i], r.mask[i] = v, true
		}
	}
	return y
}
func (r *ReLU) Backward(dy []float64) []float64 {
	dx := make([]float64, len(dy))
	for i := range dy {
		if r.mask[i] {
			dx[i] = dy[i]
		}
	}
	return dx
}

// Logged wraps any layer and overrides Forward only.
type Logged struct {
	Layer
	Name string
	log  *strings.Builder
}

func (l Logged) Forward(x []float64) []float64 {
	y := l.Layer.Forward(x)
	fmt.Fprintf(l.log, "%s.forward %v -> %v\n", l.Name, x, y)
	return y
}

type Net []Layer

func (n Net) Forward(x []float64) []float64 {
	for _, l := range n {
		x = l.Forward(x)
	}
	return x
}

func (n Net) Backward(dy []float64) []float64 {
	for i := len(n) - 1; i >= 0; i-- {
		dy = n[i].Backward(dy)
	}
	return dy
}

func main() {
	var sb strings.Builder
	net := Net{
		Logged{Scale{2}, "scale", &sb},
		Logged{&ReLU{}, "relu", &sb},
		Scale{-0.5},
	}
	var _ Layer = net
	y := net.Forward([]float64{1, -2, 3, 0})
	dx := net.Backward([]float64{1, 1, 1, 1})
	fmt.Print(sb.String())
	fmt.Println("y:", y)
	fmt.Println("dx:", dx)
	for _, l := range net {
		if lg, ok := l.(Logged); ok {
			fmt.Printf("%s wraps %T\n", lg.Name, lg.Layer)
		} else {
			fmt.Printf("plain %T %+v\n", l, l)
		}
	}
	inner := Net{Scale{3}, net}
	fmt.Println(inner.Forward([]float64{1, 1, 1, 1}))
}

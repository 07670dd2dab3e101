package main

import (
	"fmt"
	"math"
)

type Node interface {
	Forward(x [][]float64) [][]float64
	Backward(grad [][]float64) [][]float64
	Name() string
}

type ReLU struct{ mask [][]bool }

func (r *ReLU) Name() string { return "relu" }
func (r *ReLU) Forward(x [][]float64) [][]float64 {
	r.mask = make([][]bool, len(x))
	out := make([][]float64, len(x))
	for i, row := range x {
		r.mask[i] = make([]bool, len(row))
		out[i] = make([]float64, len(row))
		for j, v := range row {
			if v > 0 {
				r.mask[i][j] = true
				out[i][j] = v
			}
		}
	}
	return out
}
func (r *ReLU) Backward(g [][]float64) [][]float64 {
	out := make([][]float64, len(g))
	for i, row := range g {
		out[i] = make([]float64, len(row))
		for j, v := range row {
			if r.mask[i][j] {
				out[i][j] = v
			}
		}
	}
	return out
}

type Scale struct{ k float64 }

func (s Scale) Name() string { return fmt.Sprintf("scale(%g)", s.k) }
func (s Scale) Forward(x [][]float64) [][]float64 {
	return apply(x, func(v float64) float64 { return v * s.k })
}
func (s Scale) Backward(g [][]float64) [][]float64 {
	return apply(g, func(v float64) float64 { return v * s.k })
}

func apply(m [][]float64, f func(float64) float64) [][]float64 {
	out := make([][]float64, len(m))
	for i := range m {
		out[i] = make([]float64, len(m[i]))
		for j := range m[i] {
			out[i][j] = f(m[i][j])
		}
	}
	return out
}

func main() {
	graph := []Node{Scale{2}, &ReLU{}, Scale{-0.5}}
	x := [][]float64{{1, -2, 3}, {-0.5, 0.25, 0}}
	h := x
	for _, n := range graph {
		h = n.Forward(h)
		fmt.Printf("%-10s -> %v\n", n.Name(), h)
	}
	g := apply(h, func(float64) float64 { return 1 })
	for i := len(graph) - 1; i >= 0; i-- {
		g = graph[i].Backward(g)
		fmt.Printf("%-10s <- %v\n", graph[i].Name(), g)
	}
	for _, n := range graph {
		fmt.Printf("%T\n", n)
	}
	fmt.Println(math.Abs(g[0][0]+1) < 1e-12)
}

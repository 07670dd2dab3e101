package main

import (
	"fmt"
	"math"
)

type Layer struct {
	W    [][]float64
	B    []float64
	Act  func(float64) float64
	Name string
}

func sigmoid(x float64) float64 { return 1 / (1 + math.Exp(-x)) }
func relu(x float64) float64    { return math.Max(0, x) }

func (l Layer) Forward(in []float64) []float64 {
	out := make([]float64, len(l.B))
	for j := range l.B {
		s := l.B[j]
		for i, x := range in {
			s += l.W[j][i] * x
		}
		out[j] = l.Act(s)
	}
	return out
}

type Net []Layer

func (n Net) Predict(x []float64) []float64 {
	for _, l := range n {
		x = l.Forward(x)
	}
	return x
}

func softmax(xs []float64) []float64 {
	m := xs[0]
	for _, x := range xs {
		m = math.Max(m, x)
	}
	sum := 0.0
	out := make([]float64, len(xs))
	for i, x := range xs {
		out[i] = math.Exp(x - m)
		sum += out[i]
	}
	for i := range out {
		out[i] /= sum
	}
	return out
}

func argmax(xs []float64) int {
	best := 0
	for i, x := range xs {
		if x > xs[best] {
			best = i
		}
	}
	return best
}

func main() {
	// XOR network with hand-set weights
	xor := Net{
		{W: [][]float64{{20, 20}, {-20, -20}}, B: []float64{-10, 30}, Act: sigmoid, Name: "hidden"},
		{W: [][]float64{{20, 20}}, B: []float64{-30}, Act: sigmoid, Name: "out"},
	}
	for _, in := range [][]float64{{0, 0}, {0, 1}, {1, 0}, {1, 1}} {
		y := xor.Predict(in)
		fmt.Printf("xor(%v) = %.4f -> %d\n", in, y[0], int(math.Round(y[0])))
	}
	// 3-class classifier
	clf := Net{
		{W: [][]float64{{1, -1}, {0.5, 0.5}, {-1, 2}}, B: []float64{0, 0.1, -0.5}, Act: relu},
		{W: [][]float64{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}, B: []float64{0, 0, 0}, Act: func(x float64) float64 { return x }},
	}
	for _, in := range [][]float64{{2, 0}, {1, 1}, {0, 3}, {-1, -1}} {
		logits := clf.Predict(in)
		p := softmax(logits)
		fmt.Printf("%v logits=%.2f probs=%.3f class=%d\n", in, logits, p, argmax(p))
	}
	mse := 0.0
	targets := []float64{0, 1, 1, 0}
	for i, in := range [][]float64{{0, 0}, {0, 1}, {1, 0}, {1, 1}} {
		d := xor.Predict(in)[0] - targets[i]
		mse += d * d
	}
	fmt.Printf("mse=%.3e layers=%s,%s\n", mse/4, xor[0].Name, xor[1].Name)
}

package main

import (
	"fmt"
	"math"
	"slices"
)

func softmax(z []float64) []float64 {
	m := slices.Max(z)
	out := make([]float64, len(z))
	var sum float64
	for i, v := range z {
		out[i] = math.Exp(v - m)
		sum += out[i]
	}
	for i := range out {
		out[i] /= sum
	}
	return out
}

func crossEntropy(p []float64, label int) float64 { return -math.Log(p[label]) }

func gradLogits(p []float64, label int) []float64 {
	g := slices.Clone(p)
	g[label] -= 1
	return g
}

type Sample struct {
	Logits []float64
	Label  int
}

func main() {
	data := []Sample{
		{[]float64{2.0, 1.0, 0.1}, 0},
		{[]float64{0.5, 2.5, 0.3}, 1},
		{[]float64{1000, 1001, 1002}, 2},
		{[]float64{-1, -1, -1}, 1},
	}
	total := 0.0
	for i, s := range data {
		p := softmax(s.Logits)
		l := crossEntropy(p, s.Label)
		total += l
		g := gradLogits(p, s.Label)
		fmt.Printf("sample %d: p=%.4f loss=%.5f grad=%.4f argmax=%d\n", i, p, l, g, argmax(p))
	}
	fmt.Printf("mean loss %.6f\n", total/float64(len(data)))
	// one gradient step on the first sample
	s := data[0]
	for step := range 3 {
		p := softmax(s.Logits)
		g := gradLogits(p, s.Label)
		for i := range s.Logits {
			s.Logits[i] -= 1.0 * g[i]
		}
		fmt.Printf("step %d loss %.5f\n", step, crossEntropy(softmax(s.Logits), s.Label))
	}
}

func argmax(xs []float64) int {
	best := 0
	for i, v := range xs {
		if v > xs[best] {
			best = i
		}
	}
	return best
}

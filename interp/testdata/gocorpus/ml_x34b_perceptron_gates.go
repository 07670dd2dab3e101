package main

import (
	"fmt"
	"math"
	"math/rand"
)

type Perceptron struct {
	W    []float64
	Bias float64
	LR   float64
}

func NewPerceptron(n int, r *rand.Rand) *Perceptron {
	w := make([]float64, n)
	for i := range w {
		w[i] = r.Float64()*2 - 1
	}
	return &Perceptron{W: w, LR: 0.1}
}

func (p *Perceptron) Predict(x []float64) int {
	s := p.Bias
	for i, v := range x {
		s += p.W[i] * v
	}
	if s > 0 {
		return 1
	}
	return 0
}

func (p *Perceptron) Train(xs [][]float64, ys []int, epochs int) (int, bool) {
	for e := 1; e <= epochs; e++ {
		errs := 0
		for i, x := range xs {
			d := float64(ys[i] - p.Predict(x))
			if d != 0 {
				errs++
				for j := range p.W {
					p.W[j] += p.LR * d * x[j]
				}
				p.Bias += p.LR * d
			}
		}
		if errs == 0 {
			return e, true
		}
	}
	return epochs, false
}

func round(v float64) float64 { return math.Round(v*1000) / 1000 }

func main() {
	inputs := [][]float64{{0, 0}, {0, 1}, {1, 0}, {1, 1}}
	gates := []struct {
		name string
		out  []int
	}{
		{"AND", []int{0, 0, 0, 1}},
		{"OR", []int{0, 1, 1, 1}},
		{"NAND", []int{1, 1, 1, 0}},
		{"XOR", []int{0, 1, 1, 0}},
	}
	r := rand.New(rand.NewSource(1))
	for _, g := range gates {
		p := NewPerceptron(2, r)
		epochs, ok := p.Train(inputs, g.out, 50)
		preds := make([]int, len(inputs))
		for i, x := range inputs {
			preds[i] = p.Predict(x)
		}
		fmt.Printf("%-4s converged=%-5v epochs=%2d preds=%v w=[%v %v] b=%v\n",
			g.name, ok, epochs, preds, round(p.W[0]), round(p.W[1]), round(p.Bias))
	}
	fmt.Printf("%.3f %v\n", math.Inf(1), math.NaN() == math.NaN())
}

package main

import "fmt"

type Perceptron struct {
	w    [3]float64
	rate float64
}

func (p *Perceptron) Predict(x [2]float64) int {
	s := p.w[0] + p.w[1]*x[0] + p.w[2]*x[1]
	if s > 0 {
		return 1
	}
	return 0
}

func (p *Perceptron) Epoch(xs [][2]float64, ys []int) (errs int) {
	for i, x := range xs {
		d := float64(ys[i] - p.Predict(x))
		if d != 0 {
			errs++
			p.w[0] += p.rate * d
			p.w[1] += p.rate * d * x[0]
			p.w[2] += p.rate * d * x[1]
		}
	}
	return
}

type Gate struct {
	Name string
	Out  []int
}

func main() {
	inputs := [][2]float64{{0, 0}, {0, 1}, {1, 0}, {1, 1}}
	gates := []Gate{{"AND", []int{0, 0, 0, 1}}, {"OR", []int{0, 1, 1, 1}}, {"NAND", []int{1, 1, 1, 0}}, {"XOR", []int{0, 1, 1, 0}}}
	for _, g := range gates {
		p := &Perceptron{rate: 0.1}
		epoch, converged := 0, false
		for epoch < 50 {
			epoch++
			if p.Epoch(inputs, g.Out) == 0 {
				converged = true
				break
			}
		}
		fmt.Printf("%-4s converged=%-5v epochs=%2d w=%.2f\n", g.Name, converged, epoch, p.w)
		for _, x := range inputs {
			fmt.Printf("   %v -> %d\n", x, p.Predict(x))
		}
	}
}

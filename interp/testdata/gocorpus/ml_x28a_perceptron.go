package main

import (
	"fmt"
	"math"
	"math/rand"
)

type Perceptron struct {
	Weights []float64
	Bias    float64
	Rate    float64
}

func (p *Perceptron) Predict(x []float64) int {
	sum := p.Bias
	for i, w := range p.Weights {
		sum += w * x[i]
	}
	if sum >= 0 {
		return 1
	}
	return 0
}

func (p *Perceptron) Train(xs [][]float64, ys []int, epochs int) (errs []int) {
	for e := 0; e < epochs; e++ {
		n := 0
		for i, x := range xs {
			diff := float64(ys[i] - p.Predict(x))
			if diff != 0 {
				n++
				for j := range p.Weights {
					p.Weights[j] += p.Rate * diff * x[j]
				}
				p.Bias += p.Rate * diff
			}
		}
		errs = append(errs, n)
		if n == 0 {
			break
		}
	}
	return
}

// simple linear regression by gradient descent
func fitLine(xs, ys []float64, lr float64, iters int) (m, b float64) {
	n := float64(len(xs))
	for it := 0; it < iters; it++ {
		var gm, gb float64
		for i := range xs {
			e := m*xs[i] + b - ys[i]
			gm += e * xs[i]
			gb += e
		}
		m -= lr * 2 * gm / n
		b -= lr * 2 * gb / n
	}
	return
}

func sigmoid(x float64) float64 { return 1 / (1 + math.Exp(-x)) }

func main() {
	gates := map[string][]int{
		"AND":  {0, 0, 0, 1},
		"OR":   {0, 1, 1, 1},
		"NAND": {1, 1, 1, 0},
		"XOR":  {0, 1, 1, 0},
	}
	inputs := [][]float64{{0, 0}, {0, 1}, {1, 0}, {1, 1}}
	for _, name := range []string{"AND", "OR", "NAND", "XOR"} {
		p := &Perceptron{Weights: make([]float64, 2), Rate: 0.1}
		errs := p.Train(inputs, gates[name], 20)
		var outs []int
		for _, x := range inputs {
			outs = append(outs, p.Predict(x))
		}
		fmt.Printf("%-4s epochs=%2d last-errors=%d outputs=%v weights=%.1f bias=%.1f\n",
			name, len(errs), errs[len(errs)-1], outs, p.Weights, p.Bias)
	}

	rng := rand.New(rand.NewSource(7))
	var xs, ys []float64
	for i := 0; i < 50; i++ {
		x := float64(i) / 10
		xs = append(xs, x)
		ys = append(ys, 3*x+2+rng.NormFloat64()*0.1)
	}
	m, b := fitLine(xs, ys, 0.01, 5000)
	fmt.Printf("fit: y = %.2fx + %.2f\n", m, b)

	// classify points above/below a line y = 2x + 1
	pc := &Perceptron{Weights: []float64{0, 0}, Rate: 0.01}
	var pts [][]float64
	var labels []int
	for i := 0; i < 200; i++ {
		x, y := rng.Float64()*10-5, rng.Float64()*10-5
		pts = append(pts, []float64{x, y})
		l := 0
		if y > 2*x+1 {
			l = 1
		}
		labels = append(labels, l)
	}
	errs := pc.Train(pts, labels, 100)
	correct := 0
	for i, pt := range pts {
		if pc.Predict(pt) == labels[i] {
			correct++
		}
	}
	fmt.Printf("line classifier: %d epochs, accuracy %.1f%%\n", len(errs), 100*float64(correct)/float64(len(pts)))
	fmt.Printf("sigmoid: %.4f %.4f %.4f\n", sigmoid(-2), sigmoid(0), sigmoid(2))
}

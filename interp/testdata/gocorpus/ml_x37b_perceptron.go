// A perceptron and a one-variable linear regression trained with gradient
// descent on fixed data.
package main

import (
	"fmt"
	"math"
	"math/rand/v2"
)

type Perceptron struct {
	W    []float64
	Bias float64
	Rate float64
}

func (p *Perceptron) Predict(x []float64) int {
	s := p.Bias
	for i, w := range p.W {
		s += w * x[i]
	}
	if s > 0 {
		return 1
	}
	return 0
}

func (p *Perceptron) Train(xs [][]float64, ys []int, epochs int) (errs []int) {
	for range epochs {
		e := 0
		for i, x := range xs {
			d := float64(ys[i] - p.Predict(x))
			if d != 0 {
				e++
				for j := range p.W {
					p.W[j] += p.Rate * d * x[j]
				}
				p.Bias += p.Rate * d
			}
		}
		errs = append(errs, e)
		if e == 0 {
			break
		}
	}
	return errs
}

func linreg(xs, ys []float64, lr float64, steps int) (m, b, loss float64) {
	n := float64(len(xs))
	for range steps {
		var gm, gb float64
		loss = 0
		for i, x := range xs {
			err := m*x + b - ys[i]
			gm += 2 * err * x / n
			gb += 2 * err / n
			loss += err * err / n
		}
		m -= lr * gm
		b -= lr * gb
	}
	return
}

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
	for _, g := range gates {
		p := &Perceptron{W: make([]float64, 2), Rate: 0.1}
		errs := p.Train(inputs, g.out, 20)
		var got []int
		for _, x := range inputs {
			got = append(got, p.Predict(x))
		}
		fmt.Printf("%-4s epochs=%2d errors=%v got=%v w=[%.1f %.1f] b=%.1f\n",
			g.name, len(errs), errs, got, p.W[0], p.W[1], p.Bias)
	}

	r := rand.New(rand.NewPCG(1, 2))
	var xs, ys []float64
	for i := range 20 {
		x := float64(i) / 4
		xs = append(xs, x)
		ys = append(ys, 3*x-2+(r.Float64()-0.5)*0.2)
	}
	m, b, loss := linreg(xs, ys, 0.02, 3000)
	fmt.Printf("m=%.3f b=%.3f loss=%.5f\n", m, b, loss)
	fmt.Printf("rmse=%.4f\n", math.Sqrt(loss))
	fmt.Println(r.IntN(100), r.IntN(100), r.Perm(5))
}

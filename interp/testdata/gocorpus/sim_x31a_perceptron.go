package main

import "fmt"

type Perceptron struct {
	W    [2]float64
	B    float64
	LR   float64
	name string
}

func (p *Perceptron) Predict(x [2]float64) int {
	if p.W[0]*x[0]+p.W[1]*x[1]+p.B > 0 {
		return 1
	}
	return 0
}

func (p *Perceptron) Fit(X [][2]float64, y []int, maxEpochs int) (epochs int, converged bool) {
epochLoop:
	for epochs = 1; epochs <= maxEpochs; epochs++ {
		errors := 0
		for i, x := range X {
			d := y[i] - p.Predict(x)
			if d == 0 {
				continue
			}
			errors++
			p.W[0] += p.LR * float64(d) * x[0]
			p.W[1] += p.LR * float64(d) * x[1]
			p.B += p.LR * float64(d)
		}
		switch {
		case errors == 0:
			converged = true
			break epochLoop
		case epochs == maxEpochs:
			fmt.Printf("  %s: still %d errors\n", p.name, errors)
		}
	}
	return min(epochs, maxEpochs), converged
}

func main() {
	X := [][2]float64{{0, 0}, {0, 1}, {1, 0}, {1, 1}}
	gates := []struct {
		name string
		fn   func(a, b bool) bool
	}{
		{"AND", func(a, b bool) bool { return a && b }},
		{"OR", func(a, b bool) bool { return a || b }},
		{"NAND", func(a, b bool) bool { return !(a && b) }},
		{"XOR", func(a, b bool) bool { return a != b }},
	}
	for _, g := range gates {
		y := make([]int, len(X))
		for i, x := range X {
			if g.fn(x[0] == 1, x[1] == 1) {
				y[i] = 1
			}
		}
		p := &Perceptron{LR: 0.1, name: g.name}
		n, ok := p.Fit(X, y, 25)
		fmt.Printf("%-4s targets=%v epochs=%d converged=%t w=%.1f b=%.1f\n", g.name, y, n, ok, p.W, p.B)
		var preds []int
		for _, x := range X {
			preds = append(preds, p.Predict(x))
		}
		fmt.Printf("     preds=%v\n", preds)
	}
	truth := [2][2]bool{}
	for a := range 2 {
		for b := range 2 {
			truth[a][b] = a^b == 1
		}
	}
	fmt.Println(truth)
}

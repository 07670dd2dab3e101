package main

import "fmt"

type Perceptron struct {
	W    []float64
	B    float64
	Rate float64
}

func NewPerceptron(n int, rate float64) *Perceptron {
	return &Perceptron{W: make([]float64, n), Rate: rate}
}

func (p *Perceptron) Predict(x []float64) int {
	s := p.B
	for i, w := range p.W {
		s += w * x[i]
	}
	if s > 0 {
		return 1
	}
	return 0
}

func (p *Perceptron) Train(X [][]float64, y []int, epochs int) (errs []int) {
	for e := 0; e < epochs; e++ {
		n := 0
		for i, x := range X {
			d := float64(y[i] - p.Predict(x))
			if d != 0 {
				n++
				for j := range p.W {
					p.W[j] += p.Rate * d * x[j]
				}
				p.B += p.Rate * d
			}
		}
		errs = append(errs, n)
		if n == 0 {
			break
		}
	}
	return
}

type Gate struct {
	Name  string
	Truth [4]int
}

func main() {
	X := [][]float64{{0, 0}, {0, 1}, {1, 0}, {1, 1}}
	gates := []Gate{
		{"AND", [4]int{0, 0, 0, 1}},
		{"OR", [4]int{0, 1, 1, 1}},
		{"NAND", [4]int{1, 1, 1, 0}},
		{"XOR", [4]int{0, 1, 1, 0}},
	}
	for _, g := range gates {
		p := NewPerceptron(2, 0.1)
		errs := p.Train(X, g.Truth[:], 25)
		correct := 0
		var out []int
		for i, x := range X {
			o := p.Predict(x)
			out = append(out, o)
			if o == g.Truth[i] {
				correct++
			}
		}
		fmt.Printf("%-4s epochs=%2d out=%v acc=%d/4 w=[%.1f %.1f] b=%.1f\n",
			g.Name, len(errs), out, correct, p.W[0], p.W[1], p.B)
		if len(errs) > 3 {
			fmt.Println("     error trace tail:", errs[len(errs)-3:])
		}
	}
}

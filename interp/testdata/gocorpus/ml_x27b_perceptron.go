package main

import (
	"fmt"
	"strings"
)

type Classifier interface {
	Predict(x []float64) int
	Train(xs [][]float64, ys []int, epochs int) int
}

type Perceptron struct {
	W    []float64
	B    float64
	Rate float64
}

func (p *Perceptron) Predict(x []float64) int {
	s := p.B
	for i, w := range p.W {
		s += w * x[i]
	}
	if s >= 0 {
		return 1
	}
	return -1
}

func (p *Perceptron) Train(xs [][]float64, ys []int, epochs int) int {
	if p.W == nil {
		p.W = make([]float64, len(xs[0]))
	}
	for e := 1; e <= epochs; e++ {
		mistakes := 0
		for i, x := range xs {
			if y := ys[i]; p.Predict(x) != y {
				mistakes++
				for j := range p.W {
					p.W[j] += p.Rate * float64(y) * x[j]
				}
				p.B += p.Rate * float64(y)
			}
		}
		if mistakes == 0 {
			return e
		}
	}
	return -1
}

func grid(c Classifier) string {
	var sb strings.Builder
	for y := 4; y >= -4; y-- {
		for x := -8; x <= 8; x++ {
			if c.Predict([]float64{float64(x) / 2, float64(y)}) == 1 {
				sb.WriteByte('+')
			} else {
				sb.WriteByte('.')
			}
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func main() {
	var xs [][]float64
	var ys []int
	for i := -4; i <= 4; i++ {
		for j := -4; j <= 4; j += 2 {
			x, y := float64(i), float64(j)
			if 2*x-y > 1 {
				xs, ys = append(xs, []float64{x, y}), append(ys, 1)
			} else if 2*x-y < -1 {
				xs, ys = append(xs, []float64{x, y}), append(ys, -1)
			}
		}
	}
	var c Classifier = &Perceptron{Rate: 0.1}
	epochs := c.Train(xs, ys, 100)
	p := c.(*Perceptron)
	fmt.Printf("samples=%d converged after %d epochs w=%.2f b=%.2f\n", len(xs), epochs, p.W, p.B)
	fmt.Print(grid(c))
	xor := [][]float64{{0, 0}, {0, 1}, {1, 0}, {1, 1}}
	q := &Perceptron{Rate: 1}
	fmt.Println("xor converged:", q.Train(xor, []int{-1, 1, 1, -1}, 20))
}

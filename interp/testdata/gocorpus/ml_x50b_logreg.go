package main

import (
	"fmt"
	"math"
	"strings"
)

func sigmoid(z float64) float64 { return 1 / (1 + math.Exp(-z)) }

type LogReg struct {
	Weights []float64
	Bias    float64
}

func (l *LogReg) Prob(x []float64) float64 {
	z := l.Bias
	for i, w := range l.Weights {
		z += w * x[i]
	}
	return sigmoid(z)
}

func (l *LogReg) Train(X [][]float64, y []int, lr float64, epochs int) []float64 {
	l.Weights = make([]float64, len(X[0]))
	var losses []float64
	for e := 0; e < epochs; e++ {
		grad := make([]float64, len(l.Weights))
		gb, loss := 0.0, 0.0
		for i, x := range X {
			p := l.Prob(x)
			d := p - float64(y[i])
			for j := range grad {
				grad[j] += d * x[j]
			}
			gb += d
			loss -= float64(y[i])*math.Log(p) + float64(1-y[i])*math.Log(1-p)
		}
		n := float64(len(X))
		for j := range grad {
			l.Weights[j] -= lr * grad[j] / n
		}
		l.Bias -= lr * gb / n
		losses = append(losses, loss/n)
	}
	return losses
}

func main() {
	X := [][]float64{{0.5, 1.0}, {1.0, 1.5}, {1.5, 0.5}, {2.0, 1.0}, {3.0, 3.5}, {3.5, 3.0}, {4.0, 4.0}, {2.5, 3.0}}
	y := []int{0, 0, 0, 0, 1, 1, 1, 1}
	m := &LogReg{}
	losses := m.Train(X, y, 0.5, 300)
	for _, e := range []int{0, 9, 49, 99, 299} {
		bar := strings.Repeat("#", int(losses[e]*40))
		fmt.Printf("epoch %3d loss %.5f %s\n", e+1, losses[e], bar)
	}
	fmt.Printf("weights=%.4f bias=%.4f\n", m.Weights, m.Bias)
	correct := 0
	for i, x := range X {
		p := m.Prob(x)
		pred := 0
		if p >= 0.5 {
			pred = 1
		}
		if pred == y[i] {
			correct++
		}
		fmt.Printf("%v y=%d p=%.4f pred=%d\n", x, y[i], p, pred)
	}
	fmt.Printf("accuracy %d/%d = %.2f%%\n", correct, len(X), 100*float64(correct)/float64(len(X)))
}

package main

import (
	"fmt"
	"math"
	"math/rand"
)

type Point struct {
	X1, X2 float64
	Label  int
}

func sigmoid(z float64) float64 { return 1 / (1 + math.Exp(-z)) }

type Model struct {
	W1, W2, B float64
}

func (m Model) Prob(p Point) float64 { return sigmoid(m.W1*p.X1 + m.W2*p.X2 + m.B) }

func (m *Model) Step(data []Point, lr float64) float64 {
	var g1, g2, gb, loss float64
	for _, p := range data {
		pr := m.Prob(p)
		y := float64(p.Label)
		loss += -(y*math.Log(pr+1e-12) + (1-y)*math.Log(1-pr+1e-12))
		d := pr - y
		g1 += d * p.X1
		g2 += d * p.X2
		gb += d
	}
	n := float64(len(data))
	m.W1 -= lr * g1 / n
	m.W2 -= lr * g2 / n
	m.B -= lr * gb / n
	return loss / n
}

func accuracy(m Model, data []Point) float64 {
	ok := 0
	for _, p := range data {
		pred := 0
		if m.Prob(p) >= 0.5 {
			pred = 1
		}
		if pred == p.Label {
			ok++
		}
	}
	return float64(ok) / float64(len(data))
}

func main() {
	rng := rand.New(rand.NewSource(42))
	var data []Point
	for i := 0; i < 50; i++ {
		lbl := i % 2
		cx := -1.0
		if lbl == 1 {
			cx = 1.0
		}
		data = append(data, Point{cx + rng.NormFloat64()*0.6, cx*0.5 + rng.NormFloat64()*0.6, lbl})
	}
	var m Model
	for epoch := 0; epoch <= 100; epoch++ {
		loss := m.Step(data, 0.5)
		if epoch%20 == 0 {
			fmt.Printf("epoch %3d  loss %.4f  acc %.2f\n", epoch, loss, accuracy(m, data))
		}
	}
	fmt.Printf("%+v\n", m)
	fmt.Printf("p(0,0)=%.3f p(2,1)=%.3f\n", m.Prob(Point{}), m.Prob(Point{X1: 2, X2: 1}))
}

package main

import (
	"fmt"
	"math"
	"strings"
)

type Vec []float64

func (v Vec) Dot(w Vec) float64 {
	s := 0.0
	for i := range v {
		s += v[i] * w[i]
	}
	return s
}

func (v Vec) String() string {
	parts := make([]string, len(v))
	for i, x := range v {
		parts[i] = fmt.Sprintf("%.3f", x)
	}
	return "[" + strings.Join(parts, " ") + "]"
}

type Sample struct {
	X     Vec
	Label int
}

type Model interface {
	Predict(x Vec) int
	Train(data []Sample, epochs int) int
}

type Perceptron struct {
	W    Vec
	B    float64
	Rate float64
}

func (p *Perceptron) Predict(x Vec) int {
	if p.W.Dot(x)+p.B >= 0 {
		return 1
	}
	return 0
}

func (p *Perceptron) Train(data []Sample, epochs int) int {
	for e := 0; e < epochs; e++ {
		errs := 0
		for _, s := range data {
			d := float64(s.Label - p.Predict(s.X))
			if d != 0 {
				errs++
				for i := range p.W {
					p.W[i] += p.Rate * d * s.X[i]
				}
				p.B += p.Rate * d
			}
		}
		if errs == 0 {
			return e + 1
		}
	}
	return epochs
}

type Logistic struct {
	Perceptron
}

func sigmoid(z float64) float64 { return 1 / (1 + math.Exp(-z)) }

func (l *Logistic) Prob(x Vec) float64 { return sigmoid(l.W.Dot(x) + l.B) }

func (l *Logistic) Train(data []Sample, epochs int) int {
	for e := 0; e < epochs; e++ {
		for _, s := range data {
			g := float64(s.Label) - l.Prob(s.X)
			for i := range l.W {
				l.W[i] += l.Rate * g * s.X[i]
			}
			l.B += l.Rate * g
		}
	}
	return epochs
}

func accuracy(m Model, data []Sample) float64 {
	ok := 0
	for _, s := range data {
		if m.Predict(s.X) == s.Label {
			ok++
		}
	}
	return float64(ok) / float64(len(data))
}

func main() {
	and := []Sample{{Vec{0, 0}, 0}, {Vec{0, 1}, 0}, {Vec{1, 0}, 0}, {Vec{1, 1}, 1}}
	xor := []Sample{{Vec{0, 0}, 0}, {Vec{0, 1}, 1}, {Vec{1, 0}, 1}, {Vec{1, 1}, 0}}
	models := map[string]func() Model{
		"perceptron": func() Model { return &Perceptron{W: Vec{0, 0}, Rate: 0.1} },
		"logistic":   func() Model { return &Logistic{Perceptron{W: Vec{0, 0}, Rate: 0.5}} },
	}
	for _, name := range []string{"perceptron", "logistic"} {
		for _, ds := range []struct {
			n string
			d []Sample
		}{{"and", and}, {"xor", xor}} {
			m := models[name]()
			ep := m.Train(ds.d, 200)
			fmt.Printf("%-10s %s epochs=%3d acc=%.2f %v\n", name, ds.n, ep, accuracy(m, ds.d), m)
		}
	}
	l := &Logistic{Perceptron{W: Vec{0, 0}, Rate: 0.5}}
	l.Train(and, 500)
	fmt.Printf("%.4f %.4f\n", l.Prob(Vec{1, 1}), l.Prob(Vec{0, 0}))
}

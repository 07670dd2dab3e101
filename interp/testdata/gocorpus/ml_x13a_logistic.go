package main

import (
	"fmt"
	"math"
	"math/rand"
)

type Sample struct {
	X     []float64
	Label float64
}

type Model struct {
	W []float64
	B float64
}

func sigmoid(z float64) float64 { return 1 / (1 + math.Exp(-z)) }

func (m *Model) Prob(x []float64) float64 {
	z := m.B
	for i, w := range m.W {
		z += w * x[i]
	}
	return sigmoid(z)
}

func (m *Model) Loss(data []Sample) float64 {
	l := 0.0
	for _, s := range data {
		p := m.Prob(s.X)
		l -= s.Label*math.Log(p+1e-12) + (1-s.Label)*math.Log(1-p+1e-12)
	}
	return l / float64(len(data))
}

func (m *Model) Fit(data []Sample, lr float64, epochs int, l2 float64, log func(int, float64)) {
	for e := 0; e < epochs; e++ {
		gw := make([]float64, len(m.W))
		gb := 0.0
		for _, s := range data {
			d := m.Prob(s.X) - s.Label
			for i := range gw {
				gw[i] += d * s.X[i]
			}
			gb += d
		}
		n := float64(len(data))
		for i := range m.W {
			m.W[i] -= lr * (gw[i]/n + l2*m.W[i])
		}
		m.B -= lr * gb / n
		if log != nil {
			log(e, m.Loss(data))
		}
	}
}

type Confusion struct{ TP, FP, TN, FN int }

func (c Confusion) String() string {
	prec := float64(c.TP) / float64(c.TP+c.FP)
	rec := float64(c.TP) / float64(c.TP+c.FN)
	return fmt.Sprintf("TP=%d FP=%d TN=%d FN=%d precision=%.3f recall=%.3f", c.TP, c.FP, c.TN, c.FN, prec, rec)
}

func main() {
	rng := rand.New(rand.NewSource(7))
	var data []Sample
	for i := 0; i < 200; i++ {
		label := float64(i % 2)
		cx, cy := -1.0, -1.0
		if label == 1 {
			cx, cy = 1.2, 0.8
		}
		data = append(data, Sample{[]float64{cx + rng.NormFloat64(), cy + rng.NormFloat64()}, label})
	}
	m := &Model{W: make([]float64, 2)}
	m.Fit(data, 0.5, 300, 0.001, func(e int, loss float64) {
		if e%75 == 0 || e == 299 {
			fmt.Printf("epoch %3d loss %.5f\n", e, loss)
		}
	})
	fmt.Printf("w=[%.4f %.4f] b=%.4f\n", m.W[0], m.W[1], m.B)
	var c Confusion
	for _, s := range data {
		pred := m.Prob(s.X) >= 0.5
		switch {
		case pred && s.Label == 1:
			c.TP++
		case pred:
			c.FP++
		case s.Label == 0:
			c.TN++
		default:
			c.FN++
		}
	}
	fmt.Println(c)
	fmt.Printf("P(y=1 | 0,0) = %.4f, P(y=1 | 2,2) = %.4f\n", m.Prob([]float64{0, 0}), m.Prob([]float64{2, 2}))
}

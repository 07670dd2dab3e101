package main

import (
	"fmt"
	"math"
	"math/rand/v2"
)

type Sample struct {
	X     [2]float64
	Label int
}

type Dataset struct {
	Samples []Sample
}

func (d Dataset) Split(frac float64, r *rand.Rand) (train, test Dataset) {
	idx := r.Perm(len(d.Samples))
	cut := int(frac * float64(len(idx)))
	for i, j := range idx {
		if i < cut {
			train.Samples = append(train.Samples, d.Samples[j])
		} else {
			test.Samples = append(test.Samples, d.Samples[j])
		}
	}
	return
}

func sigmoid(z float64) float64 { return 1 / (1 + math.Exp(-z)) }

type LogReg struct {
	W [2]float64
	B float64
}

func (m *LogReg) Prob(x [2]float64) float64 { return sigmoid(m.W[0]*x[0] + m.W[1]*x[1] + m.B) }

func (m *LogReg) Fit(d Dataset, lr float64, steps int) {
	n := float64(len(d.Samples))
	for s := 0; s < steps; s++ {
		var g [2]float64
		var gb float64
		for _, smp := range d.Samples {
			e := m.Prob(smp.X) - float64(smp.Label)
			g[0] += e * smp.X[0]
			g[1] += e * smp.X[1]
			gb += e
		}
		m.W[0] -= lr * g[0] / n
		m.W[1] -= lr * g[1] / n
		m.B -= lr * gb / n
	}
}

func main() {
	r := rand.New(rand.NewPCG(1, 2))
	var d Dataset
	for i := 0; i < 80; i++ {
		label := i % 2
		cx := -1.0
		if label == 1 {
			cx = 1.0
		}
		d.Samples = append(d.Samples, Sample{[2]float64{cx + r.NormFloat64()*0.8, cx + r.NormFloat64()*0.8}, label})
	}
	train, test := d.Split(0.75, r)
	fmt.Println(len(train.Samples), len(test.Samples))
	m := &LogReg{}
	m.Fit(train, 0.5, 300)
	fmt.Printf("W=[%.4f %.4f] B=%.4f\n", m.W[0], m.W[1], m.B)
	var conf [2][2]int
	for _, s := range test.Samples {
		pred := 0
		if m.Prob(s.X) >= 0.5 {
			pred = 1
		}
		conf[s.Label][pred]++
	}
	fmt.Println("confusion:", conf)
	acc := float64(conf[0][0]+conf[1][1]) / float64(len(test.Samples))
	fmt.Printf("accuracy=%.4f\n", acc)
}

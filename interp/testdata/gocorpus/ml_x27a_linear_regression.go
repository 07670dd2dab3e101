package main

import (
	"fmt"
	"math"
)

type Vec []float64

func (v Vec) Dot(w Vec) float64 {
	s := 0.0
	for i := range v {
		s += v[i] * w[i]
	}
	return s
}

type Dataset struct {
	X []Vec
	Y []float64
}

type Model struct {
	W    Vec
	B    float64
	Loss []float64
}

func (m *Model) Predict(x Vec) float64 { return m.W.Dot(x) + m.B }

func (m *Model) Fit(d Dataset, lr float64, epochs int) {
	n := float64(len(d.X))
	for ep := range epochs {
		gw := make(Vec, len(m.W))
		gb := 0.0
		mse := 0.0
		for i, x := range d.X {
			err := m.Predict(x) - d.Y[i]
			mse += err * err
			for j := range gw {
				gw[j] += 2 * err * x[j] / n
			}
			gb += 2 * err / n
		}
		for j := range m.W {
			m.W[j] -= lr * gw[j]
		}
		m.B -= lr * gb
		if ep%200 == 0 {
			m.Loss = append(m.Loss, mse/n)
		}
	}
}

func makeData() Dataset {
	var d Dataset
	seed := uint64(7)
	noise := func() float64 {
		seed = seed*6364136223846793005 + 1442695040888963407
		return (float64(seed>>11)/float64(1<<53) - 0.5) * 0.1
	}
	for i := range 20 {
		x1 := float64(i) / 10
		x2 := float64(i%5) / 4
		d.X = append(d.X, Vec{x1, x2})
		d.Y = append(d.Y, 3*x1-2*x2+0.5+noise())
	}
	return d
}

func main() {
	d := makeData()
	m := &Model{W: make(Vec, 2)}
	m.Fit(d, 0.1, 1000)
	fmt.Printf("w=[%.3f %.3f] b=%.3f\n", m.W[0], m.W[1], m.B)
	for i, l := range m.Loss {
		fmt.Printf("epoch %4d loss %.6f\n", i*200, l)
	}
	p := m.Predict(Vec{1, 0.5})
	fmt.Printf("predict(1,0.5)=%.3f expected~%.3f\n", p, 3*1-2*0.5+0.5)
	r2num, r2den, mean := 0.0, 0.0, 0.0
	for _, y := range d.Y {
		mean += y
	}
	mean /= float64(len(d.Y))
	for i, x := range d.X {
		r2num += math.Pow(d.Y[i]-m.Predict(x), 2)
		r2den += math.Pow(d.Y[i]-mean, 2)
	}
	fmt.Printf("R2=%.4f\n", 1-r2num/r2den)
}

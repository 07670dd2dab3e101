package main

import (
	"fmt"
	"math"
)

type Sample struct {
	X []float64
	Y float64
}

type Model struct {
	W    []float64
	B    float64
	LR   float64
	Loss []float64
}

func (m *Model) Predict(x []float64) float64 {
	y := m.B
	for i, w := range m.W {
		y += w * x[i]
	}
	return y
}

func (m *Model) Fit(data []Sample, epochs int) {
	n := float64(len(data))
	for e := 0; e < epochs; e++ {
		gw := make([]float64, len(m.W))
		gb := 0.0
		loss := 0.0
		for _, s := range data {
			err := m.Predict(s.X) - s.Y
			loss += err * err
			for i := range gw {
				gw[i] += 2 * err * s.X[i] / n
			}
			gb += 2 * err / n
		}
		for i := range m.W {
			m.W[i] -= m.LR * gw[i]
		}
		m.B -= m.LR * gb
		m.Loss = append(m.Loss, loss/n)
	}
}

func normalize(data []Sample) (means, stds []float64) {
	d := len(data[0].X)
	means = make([]float64, d)
	stds = make([]float64, d)
	for _, s := range data {
		for i, v := range s.X {
			means[i] += v / float64(len(data))
		}
	}
	for _, s := range data {
		for i, v := range s.X {
			stds[i] += (v - means[i]) * (v - means[i]) / float64(len(data))
		}
	}
	for i := range stds {
		stds[i] = math.Sqrt(stds[i])
	}
	for k := range data {
		x := make([]float64, d)
		for i, v := range data[k].X {
			x[i] = (v - means[i]) / stds[i]
		}
		data[k].X = x
	}
	return
}

func r2(m *Model, data []Sample) float64 {
	mean := 0.0
	for _, s := range data {
		mean += s.Y
	}
	mean /= float64(len(data))
	var ssRes, ssTot float64
	for _, s := range data {
		d := s.Y - m.Predict(s.X)
		ssRes += d * d
		ssTot += (s.Y - mean) * (s.Y - mean)
	}
	return 1 - ssRes/ssTot
}

func main() {
	// house size (m^2), rooms -> price (k)
	raw := [][3]float64{{50, 1, 150}, {70, 2, 205}, {80, 3, 240}, {100, 3, 280}, {120, 4, 335}, {65, 2, 190}, {90, 3, 262}, {150, 5, 410}}
	data := make([]Sample, len(raw))
	for i, r := range raw {
		data[i] = Sample{X: []float64{r[0], r[1]}, Y: r[2]}
	}
	means, stds := normalize(data)
	fmt.Printf("means=%.2f stds=%.3f\n", means, stds)

	m := &Model{W: make([]float64, 2), LR: 0.05}
	m.Fit(data, 300)
	for _, e := range []int{0, 9, 49, 99, 299} {
		fmt.Printf("epoch %3d loss %10.4f\n", e+1, m.Loss[e])
	}
	fmt.Printf("w=%.3f b=%.3f r2=%.4f\n", m.W, m.B, r2(m, data))

	query := []float64{(110 - means[0]) / stds[0], (4 - means[1]) / stds[1]}
	fmt.Printf("predict 110m2/4rooms: %.1f\n", m.Predict(query))

	decreasing := true
	for i := 1; i < len(m.Loss); i++ {
		if m.Loss[i] > m.Loss[i-1]+1e-9 {
			decreasing = false
		}
	}
	fmt.Println("loss monotone:", decreasing)

	fast := &Model{W: make([]float64, 2), LR: 1.2}
	fast.Fit(data, 20)
	fmt.Println("diverged:", math.IsInf(fast.Loss[19], 0) || fast.Loss[19] > fast.Loss[0], fmt.Sprintf("%.3g", fast.Loss[19]))
}

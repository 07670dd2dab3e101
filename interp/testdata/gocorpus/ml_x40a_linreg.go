package main

import (
	"fmt"
	"math"
	"math/rand/v2"
)

type Point struct{ X, Y float64 }

type Model struct {
	W, B float64
}

func (m Model) Predict(x float64) float64 { return m.W*x + m.B }

func (m Model) MSE(data []Point) float64 {
	var s float64
	for _, p := range data {
		d := m.Predict(p.X) - p.Y
		s += d * d
	}
	return s / float64(len(data))
}

func (m *Model) Step(data []Point, lr float64) {
	var gw, gb float64
	n := float64(len(data))
	for _, p := range data {
		err := m.Predict(p.X) - p.Y
		gw += 2 * err * p.X / n
		gb += 2 * err / n
	}
	m.W -= lr * gw
	m.B -= lr * gb
}

func closedForm(data []Point) Model {
	var sx, sy, sxx, sxy float64
	for _, p := range data {
		sx += p.X
		sy += p.Y
		sxx += p.X * p.X
		sxy += p.X * p.Y
	}
	n := float64(len(data))
	w := (n*sxy - sx*sy) / (n*sxx - sx*sx)
	return Model{W: w, B: (sy - w*sx) / n}
}

func main() {
	r := rand.New(rand.NewPCG(1, 2))
	var data []Point
	for i := range 50 {
		x := float64(i) / 10
		noise := (r.Float64() - 0.5) * 0.4
		data = append(data, Point{x, 3*x + 1.5 + noise})
	}
	var m Model
	for epoch := range 2001 {
		m.Step(data, 0.02)
		if epoch%500 == 0 {
			fmt.Printf("epoch %4d  w=%.4f b=%.4f mse=%.5f\n", epoch, m.W, m.B, m.MSE(data))
		}
	}
	cf := closedForm(data)
	fmt.Printf("closed form w=%.4f b=%.4f\n", cf.W, cf.B)
	fmt.Println("close enough:", math.Abs(cf.W-m.W) < 1e-3 && math.Abs(cf.B-m.B) < 1e-3)
	fmt.Printf("%+v\n", Model{W: math.Round(m.W*100) / 100, B: math.Round(m.B*100) / 100})
	perm := r.Perm(5)
	fmt.Println(perm, r.IntN(100))
}

package main

import (
	"fmt"
	"math"
)

type Point struct{ X, Y float64 }

type Model struct {
	W, B float64
}

func (m Model) Predict(x float64) float64 { return m.W*x + m.B }

func (m Model) Loss(data []Point) float64 {
	s := 0.0
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
		d := m.Predict(p.X) - p.Y
		gw += 2 * d * p.X / n
		gb += 2 * d / n
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
	return Model{w, (sy - w*sx) / n}
}

func main() {
	var data []Point
	seed := uint32(7)
	for i := 0; i < 20; i++ {
		seed = seed*1664525 + 1013904223
		noise := float64(seed>>16)/65536.0 - 0.5
		x := float64(i) / 4
		data = append(data, Point{x, 3*x - 2 + noise})
	}
	var m Model
	for epoch := 0; epoch <= 2000; epoch++ {
		if epoch%400 == 0 {
			fmt.Printf("epoch %4d loss %.6f w=%.4f b=%.4f\n", epoch, m.Loss(data), m.W, m.B)
		}
		m.Step(data, 0.02)
	}
	cf := closedForm(data)
	fmt.Printf("closed form w=%.4f b=%.4f loss %.6f\n", cf.W, cf.B, cf.Loss(data))
	fmt.Println("agree:", math.Abs(cf.W-m.W) < 1e-3, math.Abs(cf.B-m.B) < 1e-3)
	for _, x := range []float64{0, 2.5, 10} {
		fmt.Printf("predict(%v) = %.3f\n", x, m.Predict(x))
	}
	fmt.Println(math.IsNaN(closedForm([]Point{{1, 1}, {1, 2}}).W))
}

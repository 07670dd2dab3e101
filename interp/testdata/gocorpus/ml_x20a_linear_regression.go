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

func (m Model) MSE(data []Point) float64 {
	s := 0.0
	for _, p := range data {
		d := m.Predict(p.X) - p.Y
		s += d * d
	}
	return s / float64(len(data))
}

func closedForm(data []Point) Model {
	var sx, sy, sxy, sxx float64
	n := float64(len(data))
	for _, p := range data {
		sx += p.X
		sy += p.Y
		sxy += p.X * p.Y
		sxx += p.X * p.X
	}
	w := (n*sxy - sx*sy) / (n*sxx - sx*sx)
	return Model{w, (sy - w*sx) / n}
}

func train(data []Point, lr float64, epochs int, every int, log func(int, Model, float64)) Model {
	var m Model
	n := float64(len(data))
	for e := 1; e <= epochs; e++ {
		var gw, gb float64
		for _, p := range data {
			err := m.Predict(p.X) - p.Y
			gw += 2 * err * p.X / n
			gb += 2 * err / n
		}
		m.W -= lr * gw
		m.B -= lr * gb
		if e%every == 0 {
			log(e, m, m.MSE(data))
		}
	}
	return m
}

func r2(m Model, data []Point) float64 {
	mean := 0.0
	for _, p := range data {
		mean += p.Y
	}
	mean /= float64(len(data))
	var ssRes, ssTot float64
	for _, p := range data {
		ssRes += math.Pow(p.Y-m.Predict(p.X), 2)
		ssTot += math.Pow(p.Y-mean, 2)
	}
	return 1 - ssRes/ssTot
}

func main() {
	var data []Point
	for i := range 20 {
		x := float64(i) / 2
		noise := float64((i*37)%11-5) / 10
		data = append(data, Point{x, 3*x + 2 + noise})
	}
	exact := closedForm(data)
	fmt.Printf("closed form: w=%.4f b=%.4f mse=%.4f r2=%.4f\n", exact.W, exact.B, exact.MSE(data), r2(exact, data))
	m := train(data, 0.01, 2000, 400, func(e int, m Model, loss float64) {
		fmt.Printf("epoch %4d w=%.4f b=%.4f loss=%.5f\n", e, m.W, m.B, loss)
	})
	fmt.Printf("gd: w=%.3f b=%.3f close=%v\n", m.W, m.B, math.Abs(m.W-exact.W) < 1e-2)
	for _, x := range []float64{0, 5, 12.5} {
		fmt.Printf("f(%.1f)=%.2f ", x, m.Predict(x))
	}
	fmt.Println()
}

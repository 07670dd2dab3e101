package main

import (
	"fmt"
	"math"
)

type Point struct{ X, Y float64 }

type Model struct {
	Slope, Intercept float64
}

func (m Model) Predict(x float64) float64 { return m.Slope*x + m.Intercept }

func mean(xs []float64) float64 {
	s := 0.0
	for _, x := range xs {
		s += x
	}
	return s / float64(len(xs))
}

func fitClosed(pts []Point) Model {
	xs := make([]float64, len(pts))
	ys := make([]float64, len(pts))
	for i, p := range pts {
		xs[i], ys[i] = p.X, p.Y
	}
	mx, my := mean(xs), mean(ys)
	var num, den float64
	for i := range xs {
		num += (xs[i] - mx) * (ys[i] - my)
		den += (xs[i] - mx) * (xs[i] - mx)
	}
	slope := num / den
	return Model{slope, my - slope*mx}
}

func fitGD(pts []Point, lr float64, epochs int) (Model, []float64) {
	var m Model
	var losses []float64
	n := float64(len(pts))
	for e := 0; e < epochs; e++ {
		var gs, gi, loss float64
		for _, p := range pts {
			err := m.Predict(p.X) - p.Y
			gs += 2 * err * p.X / n
			gi += 2 * err / n
			loss += err * err / n
		}
		m.Slope -= lr * gs
		m.Intercept -= lr * gi
		if e%200 == 0 {
			losses = append(losses, loss)
		}
	}
	return m, losses
}

func main() {
	pts := []Point{{1, 2.1}, {2, 3.9}, {3, 6.2}, {4, 7.8}, {5, 10.1}, {6, 12.2}}
	m := fitClosed(pts)
	fmt.Printf("closed form: %+v\n", m)
	fmt.Printf("y = %.3fx + %.3f\n", m.Slope, m.Intercept)

	gd, losses := fitGD(pts, 0.01, 1000)
	fmt.Printf("gradient descent: slope=%.3f intercept=%.3f\n", gd.Slope, gd.Intercept)
	for i, l := range losses {
		fmt.Printf("epoch %4d loss %.5f\n", i*200, l)
	}
	var ssRes, ssTot float64
	ys := []float64{}
	for _, p := range pts {
		ys = append(ys, p.Y)
	}
	my := mean(ys)
	for _, p := range pts {
		ssRes += math.Pow(p.Y-m.Predict(p.X), 2)
		ssTot += math.Pow(p.Y-my, 2)
	}
	fmt.Printf("R^2 = %.4f\n", 1-ssRes/ssTot)
	fmt.Println(math.Round(m.Predict(10)*100)/100, math.IsNaN(math.NaN()), math.Inf(1))
}

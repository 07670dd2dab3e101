package main

import (
	"fmt"
	"math"
)

func conv1d(x, w []float64, b float64) []float64 {
	n := len(x) - len(w) + 1
	out := make([]float64, n)
	for i := 0; i < n; i++ {
		s := b
		for k, wk := range w {
			s += wk * x[i+k]
		}
		out[i] = s
	}
	return out
}

func conv1dBackward(x, w, dout []float64) (dx, dw []float64, db float64) {
	dx = make([]float64, len(x))
	dw = make([]float64, len(w))
	for i, d := range dout {
		db += d
		for k := range w {
			dw[k] += d * x[i+k]
			dx[i+k] += d * w[k]
		}
	}
	return
}

func loss(y, target []float64) float64 {
	s := 0.0
	for i := range y {
		s += (y[i] - target[i]) * (y[i] - target[i])
	}
	return s / float64(len(y))
}

func main() {
	x := []float64{0, 1, 2, 3, 2, 1, 0, -1}
	target := conv1d(x, []float64{1, 0, -1}, 0.5)
	fmt.Printf("target: %v\n", target)
	w := []float64{0.2, 0.2, 0.2}
	b := 0.0
	for epoch := 0; epoch < 300; epoch++ {
		y := conv1d(x, w, b)
		l := loss(y, target)
		dout := make([]float64, len(y))
		for i := range y {
			dout[i] = 2 * (y[i] - target[i]) / float64(len(y))
		}
		_, dw, db := conv1dBackward(x, w, dout)
		if epoch == 0 {
			h := 1e-6
			for k := range w {
				w[k] += h
				lp := loss(conv1d(x, w, b), target)
				w[k] -= 2 * h
				lm := loss(conv1d(x, w, b), target)
				w[k] += h
				fmt.Printf("dw[%d] analytic=%.6f numeric=%.6f\n", k, dw[k], (lp-lm)/(2*h))
			}
		}
		for k := range w {
			w[k] -= 0.05 * dw[k]
		}
		b -= 0.05 * db
		if epoch%75 == 0 {
			fmt.Printf("epoch %3d loss %.6f\n", epoch, l)
		}
	}
	round := func(v float64) float64 { return math.Round(v*1000) / 1000 }
	fmt.Println("learned w:", round(w[0]), round(w[1]), round(w[2]), "b:", round(b))
	dx, _, _ := conv1dBackward(x, w, []float64{1, 0, 0, 0, 0, 1})
	fmt.Printf("%.2f\n", dx)
}

package main

import (
	"fmt"
	"math"
)

type Point struct{ X, Y float64 }

func mean(xs []float64) float64 {
	s := 0.0
	for _, x := range xs {
		s += x
	}
	return s / float64(len(xs))
}

func linearFit(pts []Point) (slope, intercept float64) {
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
	slope = num / den
	intercept = my - slope*mx
	return
}

func gradientDescent(pts []Point, lr float64, epochs int) (w, b float64) {
	n := float64(len(pts))
	for e := 0; e < epochs; e++ {
		var dw, db float64
		for _, p := range pts {
			pred := w*p.X + b
			diff := pred - p.Y
			dw += 2 * diff * p.X / n
			db += 2 * diff / n
		}
		w -= lr * dw
		b -= lr * db
		if e%500 == 0 {
			fmt.Printf("epoch %4d w=%.4f b=%.4f\n", e, w, b)
		}
	}
	return
}

func mse(pts []Point, w, b float64) float64 {
	s := 0.0
	for _, p := range pts {
		d := w*p.X + b - p.Y
		s += d * d
	}
	return s / float64(len(pts))
}

func sigmoid(z float64) float64 { return 1 / (1 + math.Exp(-z)) }

func main() {
	pts := []Point{{1, 2.1}, {2, 3.9}, {3, 6.2}, {4, 7.8}, {5, 10.1}, {6, 12.2}}
	m, c := linearFit(pts)
	fmt.Printf("closed form: y = %.4fx + %.4f, mse %.5f\n", m, c, mse(pts, m, c))
	w, b := gradientDescent(pts, 0.01, 2001)
	fmt.Printf("gd: y = %.4fx + %.4f, mse %.5f\n", w, b, mse(pts, w, b))
	for _, z := range []float64{-5, -1, 0, 1, 5} {
		fmt.Printf("sigmoid(%g)=%.4f ", z, sigmoid(z))
	}
	fmt.Println()
	fmt.Println(math.Round(m*1000)/1000, math.Abs(w-m) < 0.05, math.Inf(1), -math.MaxFloat64 < 0, math.NaN() == math.NaN())
}

// Exercises: notebook-style program whose main only calls helpers defined above it, helpers chained through return values
package main

import (
	"fmt"
	"math"
)

func makeData() ([]float64, []float64) {
	x := []float64{-2, -1, 0, 1, 2}
	y := make([]float64, len(x))
	for i := range x {
		y[i] = 3*x[i] - 1
	}
	return x, y
}

func predict(w, b float64, x []float64) []float64 {
	p := []float64{}
	for _, v := range x {
		p = append(p, w*v+b)
	}
	return p
}

func mse(p, y []float64) float64 {
	s := 0.0
	for i := range p {
		s += math.Pow(p[i]-y[i], 2)
	}
	return s / float64(len(p))
}

func report(name string, v float64) { fmt.Printf("%s: %.4f\n", name, v) }

func train() (float64, float64) {
	x, y := makeData()
	w, b := 0.0, 0.0
	for i := 0; i < 100; i++ {
		p := predict(w, b, x)
		var dw, db float64
		for j := range x {
			dw += 2 * (p[j] - y[j]) * x[j] / 5
			db += 2 * (p[j] - y[j]) / 5
		}
		w -= 0.1 * dw
		b -= 0.1 * db
		if i%25 == 0 {
			report(fmt.Sprint("loss ", i), mse(p, y))
		}
	}
	return w, b
}

func main() {
	w, b := train()
	report("w", w)
	report("b", b)
}

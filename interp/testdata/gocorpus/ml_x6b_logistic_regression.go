// Exercises: logistic regression with sigmoid, log loss, accuracy; slices of structs; closures
package main

import (
	"fmt"
	"math"
)

type Sample struct {
	X     [2]float64
	Label int
}

func sigmoid(z float64) float64 { return 1 / (1 + math.Exp(-z)) }

func main() {
	data := []Sample{
		{[2]float64{0.5, 1.0}, 0}, {[2]float64{1.0, 0.8}, 0}, {[2]float64{1.5, 1.9}, 0},
		{[2]float64{3.0, 3.5}, 1}, {[2]float64{3.5, 2.5}, 1}, {[2]float64{4.0, 4.2}, 1},
		{[2]float64{2.0, 2.6}, 1}, {[2]float64{2.2, 1.1}, 0},
	}
	w := [2]float64{}
	b := 0.0
	prob := func(x [2]float64) float64 { return sigmoid(w[0]*x[0] + w[1]*x[1] + b) }
	for it := 0; it < 300; it++ {
		var g [2]float64
		gb, loss := 0.0, 0.0
		for _, s := range data {
			p := prob(s.X)
			y := float64(s.Label)
			loss -= y*math.Log(p) + (1-y)*math.Log(1-p)
			for k := range g {
				g[k] += (p - y) * s.X[k]
			}
			gb += p - y
		}
		for k := range w {
			w[k] -= 0.1 * g[k] / float64(len(data))
		}
		b -= 0.1 * gb / float64(len(data))
		if it%100 == 0 {
			fmt.Printf("it %3d loss %.5f\n", it, loss/float64(len(data)))
		}
	}
	correct := 0
	for _, s := range data {
		pred := 0
		if prob(s.X) >= 0.5 {
			pred = 1
		}
		if pred == s.Label {
			correct++
		}
	}
	fmt.Printf("w=%.3f b=%.3f acc=%d/%d\n", w, b, correct, len(data))
}

// Exercises: perceptron learning rule on AND/OR, arrays as values, labelled break, method with pointer receiver
package main

import "fmt"

type Perceptron struct {
	W      [2]float64
	B      float64
	Epochs int
}

func (p *Perceptron) Predict(x [2]float64) int {
	if p.W[0]*x[0]+p.W[1]*x[1]+p.B > 0 {
		return 1
	}
	return 0
}

func (p *Perceptron) Train(xs [][2]float64, ys []int, lr float64) {
outer:
	for p.Epochs = 1; p.Epochs <= 100; p.Epochs++ {
		errs := 0
		for i, x := range xs {
			d := float64(ys[i] - p.Predict(x))
			if d != 0 {
				errs++
				p.W[0] += lr * d * x[0]
				p.W[1] += lr * d * x[1]
				p.B += lr * d
			}
		}
		if errs == 0 {
			break outer
		}
	}
}

func main() {
	xs := [][2]float64{{0, 0}, {0, 1}, {1, 0}, {1, 1}}
	gates := []struct {
		name string
		ys   []int
	}{{"AND", []int{0, 0, 0, 1}}, {"OR", []int{0, 1, 1, 1}}, {"XOR", []int{0, 1, 1, 0}}}
	for _, g := range gates {
		var p Perceptron
		p.Train(xs, g.ys, 0.5)
		out := []int{}
		for _, x := range xs {
			out = append(out, p.Predict(x))
		}
		fmt.Printf("%-4s epochs=%3d w=%v b=%.1f out=%v\n", g.name, p.Epochs, p.W, p.B, out)
	}
}
